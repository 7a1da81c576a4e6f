/**
 * `npm run bench:extract`: extractor words/s against a bare wink-nlp tokenising pass over the same
 * text, at 10k and 100k words (targets from issue 14: ≥ 100,000 words/s warm, ≤ 3× the bare pass, linear growth).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { extractClaims } from "../../lib/extract/extract";

const root = path.resolve(__dirname, "../..");
const sources = [path.join(root, "seeds"), path.resolve(root, "../shared/eval/articles")].filter(existsSync);
const articles = sources.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(path.join(dir, f), "utf8")),
);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function corpus(words: number): string {
  const parts: string[] = [];
  let total = 0;
  // Each copy gets its own numbers so the extractor does not just skip repeats.
  for (let i = 0; total < words; i++) {
    const article = articles[i % articles.length].replace(/\d+/g, (d) => String(Number(d) + i));
    parts.push(article);
    total += countWords(article);
  }
  return parts.join("\n\n");
}

const bare = winkNLP(model, []);

function timeIt(fn: () => void, runs: number): number {
  fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e9 / runs;
}

console.log(`corpus: ${articles.length} articles from ${sources.map((s) => path.relative(root, s)).join(", ")}`);
// "Warm" means after the JIT has compiled the hot paths: one pass over the largest corpus first, so
// the smaller size is not measured while the code is still being optimised.
extractClaims(corpus(100_000));
console.log(`${"words".padStart(8)}  ${"extractor w/s".padStart(14)}  ${"bare wink w/s".padStart(14)}  ratio  claims`);
for (const size of [10_000, 100_000]) {
  const text = corpus(size);
  const words = countWords(text);
  const runs = size >= 100_000 ? 3 : 10;
  let claims = 0;
  const tExtract = timeIt(() => {
    claims = extractClaims(text).claims.length;
  }, runs);
  const tBare = timeIt(() => {
    bare.readDoc(text).tokens().out();
  }, runs);
  const line = [
    String(words).padStart(8),
    Math.round(words / tExtract)
      .toLocaleString("en")
      .padStart(14),
    Math.round(words / tBare)
      .toLocaleString("en")
      .padStart(14),
    `${(tExtract / tBare).toFixed(2)}×`.padStart(5),
    String(claims).padStart(6),
  ];
  console.log(line.join("  "));
}
console.log(
  "targets: ≥ 100,000 words/s warm; extractor time ≤ 3× the bare pass; similar words/s at both sizes (linear).",
);
