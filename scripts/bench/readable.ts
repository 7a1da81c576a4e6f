/**
 * `npm run bench:readable`: our readable-text step against plain Readability.js (same parser) on the
 * public article-extraction benchmark, scored with its published metric. Target: F1 ≥ 0.96, ≤ 50 ms a page.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseDocument } from "../../lib/readable/dom";
import { extractReadable } from "../../lib/readable/readable";

const shared = path.resolve(__dirname, "../../../shared/eval");
const dir = path.join(shared, "article-extraction/html");
const pages = readdirSync(dir)
  .filter((f) => f.endsWith(".html.gz"))
  .map((f) => ({
    id: f.replace(/\.html\.gz$/, ""),
    html: gunzipSync(readFileSync(path.join(dir, f))).toString("utf8"),
  }));
const out = mkdtempSync(path.join(tmpdir(), "bench-readable-"));

function run(name: string, extract: (html: string) => string) {
  const predictions: Record<string, { articleBody: string }> = {};
  const start = performance.now();
  for (const page of pages) {
    try {
      predictions[page.id] = { articleBody: extract(page.html) };
    } catch {
      predictions[page.id] = { articleBody: "" };
    }
  }
  const ms = (performance.now() - start) / pages.length;
  const file = path.join(out, `${name}.json`);
  writeFileSync(file, JSON.stringify(predictions));
  const score = spawnSync(process.execPath, [path.join(shared, "score-readable.mjs"), file], { encoding: "utf8" });
  return {
    name,
    ms,
    ...(JSON.parse(score.stdout.trim().split("\n").pop()!) as { f1: number; precision: number; recall: number }),
  };
}

const plain = run("readability", (html) => new Readability(parseDocument(html) as never).parse()?.textContent ?? "");
const ours = run("claimdesk", (html) => extractReadable(html).text);
console.log(`article-extraction benchmark: ${pages.length} pages`);
console.log(
  `${"extractor".padEnd(22)}  ${"F1".padStart(6)}  ${"precision".padStart(9)}  ${"recall".padStart(6)}  ms/page`,
);
for (const r of [plain, ours]) {
  console.log(
    `${(r.name === "readability" ? "Readability.js (plain)" : "claimdesk readable").padEnd(22)}  ${r.f1.toFixed(3).padStart(6)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}  ${r.ms.toFixed(1).padStart(7)}`,
  );
}
console.log(
  `F1 gain ${(ours.f1 - plain.f1).toFixed(3)}; time ratio ${(ours.ms / plain.ms).toFixed(2)}×; targets: F1 ≥ 0.96, ≤ 50 ms a page`,
);
