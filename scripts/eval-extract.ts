/**
 * `npm run eval:extract [-- --verbose]`: runs the rule-based extractor on every annotated article in
 * ../shared/gold and scores it with ../shared/eval/score-claims.mjs: recall, precision and negative
 * hits per article, then the micro totals (also as JSON on the last line, for the floor test).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { extractClaims } from "../lib/extract/extract";

const root = path.resolve(__dirname, "..");
const shared = path.resolve(root, process.env.CLAIMDESK_SHARED_DIR ?? "../shared");
const verbose = process.argv.includes("--verbose");

type Score = { required: number; found: number; claims: number; correct: number; negatives_hit: number };

function articleText(name: string): string {
  for (const dir of [path.join(shared, "eval/articles"), path.join(shared, "seeds"), path.join(root, "seeds")]) {
    const file = path.join(dir, name);
    if (existsSync(file)) return readFileSync(file, "utf8");
  }
  throw new Error(`the article ${name} is not in ${shared}/eval/articles or seeds/`);
}

function main(): number {
  const goldDir = path.join(shared, "gold");
  if (!existsSync(goldDir)) {
    console.error(
      `eval:extract: ${goldDir} is not here; put the shared folder beside the project (or set CLAIMDESK_SHARED_DIR).`,
    );
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), "eval-extract-"));
  const total: Score = { required: 0, found: 0, claims: 0, correct: 0, negatives_hit: 0 };
  console.log(
    `${"article".padEnd(28)} ${"recall".padStart(7)} ${"precision".padStart(9)} ${"negatives".padStart(9)} ${"claims".padStart(7)}`,
  );
  for (const goldFile of readdirSync(goldDir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, goldFile), "utf8")) as { article: string };
    const claims = extractClaims(articleText(gold.article)).claims;
    const claimsFile = path.join(work, `${goldFile}.claims.json`);
    writeFileSync(claimsFile, JSON.stringify({ claims }));
    const run = spawnSync(
      process.execPath,
      [
        path.join(shared, "eval/score-claims.mjs"),
        path.join(goldDir, goldFile),
        claimsFile,
        ...(verbose ? ["--verbose"] : []),
      ],
      { encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`score-claims failed on ${goldFile}: ${run.stderr}`);
    const lines = run.stdout.trim().split("\n");
    if (verbose) console.log(lines.slice(0, -1).join("\n"));
    const s = JSON.parse(lines.at(-1)!) as Score & { recall: number; precision: number };
    for (const k of Object.keys(total) as (keyof Score)[]) total[k] += s[k];
    console.log(
      `${goldFile.replace(".gold.json", "").padEnd(28)} ${s.recall.toFixed(3).padStart(7)} ${s.precision.toFixed(3).padStart(9)} ${String(s.negatives_hit).padStart(9)} ${String(s.claims).padStart(7)}`,
    );
  }
  const recall = total.found / total.required;
  const precision = total.claims ? total.correct / total.claims : 0;
  console.log(
    `${"micro".padEnd(28)} ${recall.toFixed(3).padStart(7)} ${precision.toFixed(3).padStart(9)} ${String(total.negatives_hit).padStart(9)} ${String(total.claims).padStart(7)}`,
  );
  console.log(JSON.stringify({ ...total, recall, precision }));
  return 0;
}

process.exitCode = main();
