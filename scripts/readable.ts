/**
 * `npm run readable -- FILE.html… [--json]`: the title and article body of each page.
 * With --json exactly {"results":[{file,title,byline,publishedAt,url,text}]}; a file that cannot be
 * read gets {file, error}. Exits non-zero only when every file failed.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { decodeHtmlBytes } from "../lib/readable/read-html-file";
import { extractReadable } from "../lib/readable/readable";

const USAGE = "Usage: npm run readable -- FILE.html… [--json]";
const argsSchema = z
  .array(z.string())
  .transform((args) => ({ json: args.includes("--json"), files: args.filter((a) => !a.startsWith("--")), options: args.filter((a) => a.startsWith("--")) }))
  .superRefine((a, ctx) => {
    const unknown = a.options.find((o) => o !== "--json");
    if (unknown) ctx.addIssue({ code: "custom", message: `Unknown option ${unknown}. ${USAGE}` });
    else if (a.files.length === 0) ctx.addIssue({ code: "custom", message: `Give at least one HTML file. ${USAGE}` });
  });

type Result = { file: string; title: string | null; byline: string | null; publishedAt: string | null; url: string | null; text: string } | { file: string; error: string };

function readOne(file: string): Result {
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(code === "ENOENT" ? `${file} does not exist.` : code === "EISDIR" ? `${file} is a folder, not a file.` : `${file} cannot be read.`);
    }
    const page = extractReadable(decodeHtmlBytes(bytes, file));
    return { file, title: page.title, byline: page.byline, publishedAt: page.publishedAt, url: page.url, text: page.text };
  } catch (err) {
    return { file, error: err instanceof Error ? err.message : String(err) };
  }
}

function main(): number {
  const parsed = argsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    console.error(parsed.error.issues[0].message);
    return 2;
  }
  const results = parsed.data.files.map(readOne);
  if (parsed.data.json) {
    process.stdout.write(`${JSON.stringify({ results })}\n`);
  } else {
    for (const r of results) {
      if ("error" in r) console.error(`✗ ${r.file}: ${r.error}`);
      else console.log(`── ${r.file}\n${r.title ?? "(no title)"}${r.byline ? `\nBy ${r.byline}` : ""}${r.publishedAt ? ` · ${r.publishedAt.slice(0, 10)}` : ""}\n\n${r.text}\n`);
    }
  }
  return results.every((r) => "error" in r) ? 1 : 0;
}

process.exitCode = main();
