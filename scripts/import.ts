/**
 * `npm run import -- PATHS… | --urls FILE`: brings many articles in at once, with a progress bar and a
 * line per item (imported, duplicate, failed and why). Safe to re-run: content already imported is
 * recognised by its content hash or canonical address and skipped.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import cliProgress from "cli-progress";
import { z } from "zod";
import { env } from "../lib/env";
import { draftFromFile, draftFromUrl, UPLOAD_TYPES, type ArticleDraft } from "../lib/import/article-source";
import { fetchOptions } from "../lib/import/fetch-config";
import { withScriptDatabase } from "./lib/database";

const USAGE = "Usage: npm run import -- PATHS… | --urls FILE";
const argsSchema = z
  .array(z.string())
  .transform((args) => {
    const i = args.indexOf("--urls");
    return {
      urlsFile: i >= 0 ? args[i + 1] : undefined,
      paths: args.filter((a, k) => !a.startsWith("--") && !(i >= 0 && k === i + 1)),
      options: args.filter((a) => a.startsWith("--") && a !== "--urls"),
    };
  })
  .superRefine((a, ctx) => {
    if (a.options.length) ctx.addIssue({ code: "custom", message: `Unknown option ${a.options[0]}. ${USAGE}` });
    else if (a.urlsFile === undefined && a.paths.length === 0)
      ctx.addIssue({ code: "custom", message: `Give files, folders or --urls FILE. ${USAGE}` });
  });

type Item = { label: string; load: () => Promise<ArticleDraft> };

function filesUnder(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return [target];
  if (stat.isFile()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((name) => filesUnder(path.join(target, name)))
    .filter((f) => (UPLOAD_TYPES as readonly string[]).some((ext) => f.toLowerCase().endsWith(ext)));
}

function itemsFrom(args: { urlsFile?: string; paths: string[] }): Item[] {
  if (args.urlsFile !== undefined) {
    let list: string;
    try {
      list = readFileSync(args.urlsFile, "utf8");
    } catch {
      throw new Error(`${args.urlsFile} does not exist or cannot be read.`);
    }
    const lines = list
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    return lines.map((url) => ({ label: url, load: () => draftFromUrl(url, fetchOptions()) }));
  }
  return args.paths.flatMap(filesUnder).map((file) => ({
    label: file,
    load: async () => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        throw new Error(`${file} cannot be read.`);
      }
      return draftFromFile(path.basename(file), bytes);
    },
  }));
}

async function main(): Promise<number> {
  const parsed = argsSchema.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    console.error(parsed.error.issues[0].message);
    return 2;
  }
  let items: Item[];
  try {
    items = itemsFrom(parsed.data);
  } catch (err) {
    console.error(`Cannot read the list of addresses: ${(err as Error).message}`);
    return 2;
  }
  return withScriptDatabase(path.resolve(__dirname, "..", env().CLAIMDESK_DATA_DIR), () => importAll(items));
}

async function importAll(items: Item[]): Promise<number> {
  const { createArticle } = await import("../lib/db/articles");
  const { SYSTEM_ACTOR } = await import("../lib/db/system-actor");
  // A multi-bar with one bar can print each item's line above the bar without tearing it.
  const bars = new cliProgress.MultiBar(
    {
      format:
        "[{bar}] {value}/{total} · {rate} articles/s · {imported} imported, {duplicates} duplicate, {failed} failed",
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts = { imported: 0, duplicates: 0, failed: 0 };
  const started = Date.now();
  const rate = () =>
    (((counts.imported + counts.duplicates + counts.failed) * 1000) / Math.max(1, Date.now() - started)).toFixed(1);
  const bar = bars.create(items.length, 0, { ...counts, rate: "0.0" });
  for (const item of items) {
    let line: string;
    try {
      const result = await createArticle(SYSTEM_ACTOR, await item.load());
      if (result.duplicate) counts.duplicates++;
      else counts.imported++;
      line = result.duplicate
        ? `duplicate  ${item.label} (already article ${result.id})`
        : `imported   ${item.label} (${result.claims} claims)`;
    } catch (err) {
      counts.failed++;
      const message =
        err instanceof z.ZodError ? err.issues[0].message : err instanceof Error ? err.message : String(err);
      line = `failed     ${item.label}: ${message}`;
    }
    if (process.stderr.isTTY) bars.log(`${line}\n`);
    else process.stdout.write(`${line}\n`);
    bar.increment(1, { ...counts, rate: rate() });
  }
  bars.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `\n${items.length} items in ${seconds.toFixed(1)} s (${(items.length / Math.max(seconds, 0.001)).toFixed(1)} articles/s): ${counts.imported} imported, ${counts.duplicates} duplicates, ${counts.failed} failed.`,
  );
  return counts.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Import stopped: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
