/**
 * `npm run extract -- FILE [--json]` (`-` reads standard input): the claims in an article.
 * Prints a table, or with --json exactly {"claims": [...], "skipped": [...]}. Bad input: one line, exit 2.
 */
import { readFileSync } from "node:fs";
import { decodeArticleBytes } from "../lib/extract/decode";
import { extractClaims } from "../lib/extract/extract";
import type { ExtractResult } from "../lib/extract/types";
import { parseCliArgs } from "./lib/cli-args";

const SPEC = {
  usage: "Usage: npm run extract -- FILE [--json]",
  flags: ["--json"],
  minFiles: 1,
  maxFiles: 1,
  missingFiles: "Give one file to read (or - for standard input).",
};

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file === "-" ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a folder, not a file"
          : code === "EACCES"
            ? "cannot be read (permission denied)"
            : "cannot be read";
    throw new Error(`${file} ${reason}.`);
  }
}

function printTable(result: ExtractResult): void {
  const width = Math.max(60, (process.stdout.columns ?? 120) - 40);
  console.log(`${result.claims.length} claims, ${result.skipped.length} segments skipped\n`);
  console.log(`${"#".padStart(3)}  score  ${"type".padEnd(10)}  ${"speaker".padEnd(16)}  claim`);
  result.claims.forEach((c, i) => {
    const text = c.text.length > width ? `${c.text.slice(0, width - 1)}…` : c.text;
    console.log(
      `${String(i + 1).padStart(3)}  ${c.score.toFixed(2).padStart(5)}  ${c.type.padEnd(10)}  ${(c.speaker ?? "").slice(0, 16).padEnd(16)}  ${text}`,
    );
  });
}

function main(): number {
  const parsed = parseCliArgs(process.argv.slice(2), SPEC);
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { files } = parsed.args;
  const json = parsed.args.flags.has("--json");
  let text: string;
  try {
    text = decodeArticleBytes(readInput(files[0]), files[0] === "-" ? "Standard input" : files[0]);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const result = extractClaims(text);
  if (json) process.stdout.write(`${JSON.stringify({ claims: result.claims, skipped: result.skipped })}\n`);
  else printTable(result);
  return 0;
}

process.exitCode = main();
