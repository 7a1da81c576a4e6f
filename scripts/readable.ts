/**
 * `npm run readable -- FILE.html… [--json]`: the title and article body of each page.
 * With --json exactly {"results":[{file,title,byline,publishedAt,url,text}]}; a file that cannot be
 * read gets {file, error}. Exits non-zero only when every file failed.
 */
import { readFileSync } from "node:fs";
import { decodeHtmlBytes } from "../lib/readable/read-html-file";
import { extractReadable } from "../lib/readable/readable";
import { parseCliArgs } from "./lib/cli-args";

const SPEC = {
  usage: "Usage: npm run readable -- FILE.html… [--json]",
  flags: ["--json"],
  minFiles: 1,
  missingFiles: "Give at least one HTML file.",
};

type Result =
  | {
      file: string;
      title: string | null;
      byline: string | null;
      publishedAt: string | null;
      url: string | null;
      text: string;
    }
  | { file: string; error: string };

function readOne(file: string): Result {
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(
        code === "ENOENT"
          ? `${file} does not exist.`
          : code === "EISDIR"
            ? `${file} is a folder, not a file.`
            : `${file} cannot be read.`,
      );
    }
    const page = extractReadable(decodeHtmlBytes(bytes, file));
    return {
      file,
      title: page.title,
      byline: page.byline,
      publishedAt: page.publishedAt,
      url: page.url,
      text: page.text,
    };
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}

function main(): number {
  const parsed = parseCliArgs(process.argv.slice(2), SPEC);
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const results = parsed.args.files.map(readOne);
  if (parsed.args.flags.has("--json")) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
  } else {
    for (const r of results) {
      if ("error" in r) console.error(`✗ ${r.file}: ${r.error}`);
      else
        console.log(
          `── ${r.file}\n${r.title ?? "(no title)"}${r.byline ? `\nBy ${r.byline}` : ""}${r.publishedAt ? ` · ${r.publishedAt.slice(0, 10)}` : ""}\n\n${r.text}\n`,
        );
    }
  }
  return results.every((r) => "error" in r) ? 1 : 0;
}

process.exitCode = main();
