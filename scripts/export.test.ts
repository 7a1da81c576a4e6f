import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser } from "../test/factories";
import { createArticle } from "../lib/db/articles";
import { db } from "../lib/db/client";

const root = path.resolve(__dirname, "..");
let articleId = "";

function runExport(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/export.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
  });
}

beforeAll(async () => {
  const editor = await createTestUser("EDITOR");
  ({ id: articleId } = await createArticle(editor, {
    title: "CLI export",
    body: `cli export fixture ${Math.random().toString(36).slice(2)}`,
  }));
  await db().claim.deleteMany({ where: { articleId } });
  await db().claim.create({
    data: { articleId, text: "=SUM(A1:A9) was the budget", quote: "x", start: 0, end: 1, status: "VERIFIED" },
  });
  await db().claim.create({ data: { articleId, text: "Draft claim", quote: "x", start: 0, end: 1 } });
});

describe("npm run export", () => {
  it("writes a CSV of the verified claims, and of all claims with --all", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "export-")), "sheet.csv");
    const run = runExport(["--article", articleId, "--format", "csv", "--out", out]);
    expect(run.stdout.trim()).toBe(`Exported 1 claim (Article “CLI export”, verified claims) to ${out}`);
    const rows = parse(readFileSync(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Claim)).toEqual(["'=SUM(A1:A9) was the budget"]);
    expect(runExport(["--article", articleId, "--format", "csv", "--out", out, "--all"]).stdout).toContain(
      "Exported 2 claims",
    );
  }, 30_000);

  it.each([
    [["--article", "nope", "--format", "csv", "--out", "/tmp/never.csv"], "That article does not exist."],
    [["--session", "nope", "--format", "json", "--out", "/tmp/never.json"], "That session does not exist."],
    [["--format", "pdf", "--out", "/tmp/never.pdf"], "Choose --format csv, xlsx, json or claimreview."],
    [
      ["--article", "a", "--session", "b", "--format", "csv", "--out", "/tmp/never.csv"],
      "Give --article ID or --session ID.",
    ],
  ])(
    "refuses %j with a clear line, exit 2 and no file",
    (args, message) => {
      const run = runExport(args as string[]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().startsWith(message)).toBe(true);
      expect(existsSync(args[args.indexOf("--out") + 1])).toBe(false);
    },
    30_000,
  );

  it("refuses a ClaimReview feed when nothing is published", () => {
    const run = runExport(["--article", articleId, "--format", "claimreview", "--out", "/tmp/never.jsonld"]);
    expect(run.stderr.trim()).toBe("Nothing in this selection is published yet.");
  }, 30_000);
});
