/**
 * `npm run export -- --article ID | --session ID --format csv|xlsx|json|claimreview --out FILE [--all] [--bom]`
 * Exports a claim sheet for scripts. Bad requests get one line and exit code 2, never an empty file.
 */
import { createWriteStream, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { env } from "../lib/env";
import { withScriptDatabase } from "./lib/database";

const USAGE =
  "Usage: npm run export -- --article ID | --session ID --format csv|xlsx|json|claimreview --out FILE [--all] [--bom]";
const optionsSchema = z
  .object({
    article: z.string().optional(),
    session: z.string().optional(),
    format: z.enum(["csv", "xlsx", "json", "claimreview"], {
      error: `Choose --format csv, xlsx, json or claimreview. ${USAGE}`,
    }),
    out: z.string({ error: `Give --out FILE. ${USAGE}` }).min(1),
    all: z.boolean(),
    bom: z.boolean(),
  })
  .refine((a) => !!a.article !== !!a.session, { message: `Give --article ID or --session ID. ${USAGE}` });

function readArgs(args: string[]) {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return {
    article: value("--article"),
    session: value("--session"),
    format: value("--format"),
    out: value("--out"),
    all: args.includes("--all"),
    bom: args.includes("--bom"),
  };
}

async function main(): Promise<number> {
  const parsed = optionsSchema.safeParse(readArgs(process.argv.slice(2)));
  if (!parsed.success) {
    console.error(parsed.error.issues[0].message);
    return 2;
  }
  const args = parsed.data;
  const config = env();
  try {
    return await withScriptDatabase(path.resolve(__dirname, "..", config.CLAIMDESK_DATA_DIR), () => exportTo(args));
  } catch (err) {
    const { toAppError } = await import("../lib/errors");
    const appError = toAppError(err);
    console.error(
      appError ? appError.userMessage : `Export failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return appError ? 2 : 1;
  }
}

async function exportTo(args: z.infer<typeof optionsSchema>): Promise<number> {
  const { prepareExport } = await import("../lib/db/export-file");
  const { SYSTEM_ACTOR } = await import("../lib/db/system-actor");
  const { site } = await import("../lib/site");
  const { name: organisation, url: publicBase } = site();
  const job = await prepareExport(
    { actor: SYSTEM_ACTOR, publicBase, organisation: { name: organisation, url: publicBase } },
    { articleId: args.article, sessionId: args.session, includeAll: args.all, format: args.format, bom: args.bom },
  );
  // Written to a temporary file and renamed, so a failed export never leaves half a file behind.
  const partial = `${args.out}.partial`;
  try {
    const rows = await job.run(createWriteStream(partial));
    renameSync(partial, args.out);
    console.log(`Exported ${rows} ${rows === 1 ? "claim" : "claims"} (${job.label}) to ${args.out}`);
  } finally {
    rmSync(partial, { force: true });
  }
  return 0;
}

main().then((code) => process.exit(code));
