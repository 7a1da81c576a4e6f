import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const bench = path.resolve(root, "../shared/eval/article-extraction/html");
const scorer = path.resolve(root, "../shared/eval/score-readable.mjs");

function readable(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/readable.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("npm run readable", () => {
  it("prints exactly {results:[…]} with a per-file error, and succeeds when one file was read", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "readable-"));
    const good = path.join(dir, "good.html");
    const bad = path.join(dir, "notes.txt");
    writeFileSync(
      good,
      `<html><head><title>T</title></head><body><article>${"<p>The river rose 3 metres on Monday, the agency said, and 40 homes were evacuated.</p>".repeat(6)}</article></body></html>`,
    );
    writeFileSync(bad, "plain notes");
    const run = readable([good, bad, "--json"]);
    expect(run.status).toBe(0);
    const { results } = JSON.parse(run.stdout);
    expect(Object.keys(results[0])).toEqual(["file", "title", "byline", "publishedAt", "url", "text"]);
    expect(results[0]).toMatchObject({ file: good, title: "T" });
    expect(results[0].text).toContain("40 homes were evacuated");
    expect(results[1]).toEqual({ file: bad, error: `${bad} is not an HTML page.` });
  });

  it("exits non-zero when every file failed", () => {
    const run = readable(["missing.html", "--json"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).results).toEqual([{ file: "missing.html", error: "missing.html does not exist." }]);
  });

  // A floor against regressions on the public benchmark; the 0.96 target is checked by `npm run bench:readable`.
  it.skipIf(!existsSync(bench))(
    "scores at least 0.95 F1 on the article-extraction benchmark",
    () => {
      const files = readdirSync(bench).map((f) => path.join(bench, f));
      const run = readable([...files, "--json"]);
      const predictions: Record<string, { articleBody: string }> = {};
      for (const r of JSON.parse(run.stdout).results)
        predictions[path.basename(r.file).replace(/\.html\.gz$/, "")] = { articleBody: r.text ?? "" };
      const file = path.join(mkdtempSync(path.join(tmpdir(), "readable-")), "predictions.json");
      writeFileSync(file, JSON.stringify(predictions));
      const score = JSON.parse(
        spawnSync(process.execPath, [scorer, file], { encoding: "utf8" }).stdout.trim().split("\n").pop()!,
      );
      expect(score.f1).toBeGreaterThanOrEqual(0.95);
    },
    60_000,
  );
});
