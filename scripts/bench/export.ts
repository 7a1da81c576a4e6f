/**
 * `npm run bench:export`: exports 10,000 and 100,000 verified claims (each with a verdict and a
 * source) to CSV and XLSX from a fresh embedded database, printing time and peak RSS of the exporting
 * process, then the 100k XLSX once more to a reader on a slow connection (8 MB/s). Target: 100k rows in
 * under 10 s, peak RSS under 250 MB, nearly the same at both sizes and for the slow reader.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/infra/embedded-postgres";
import { migrate } from "../lib/database";

const root = path.resolve(__dirname, "../..");
const SLOW_READER_BYTES_PER_S = 8_000_000;
const dir = mkdtempSync(path.join(tmpdir(), "bench-export-"));
chmodSync(dir, 0o755);

async function seed(url: string) {
  process.env.DATABASE_URL = url;
  // Seeding writes up to a million rows in one statement: no per-statement limit for this process.
  process.env.CLAIMDESK_STATEMENT_TIMEOUT_MS = "0";
  const { db } = await import("../../lib/db/client");
  const { RATING_SCALE } = await import("../../seeds/rating-scale");
  await db().rating.createMany({ data: [...RATING_SCALE] });
  const user = await db().user.create({
    data: { email: "bench@bench.test", name: "Bench Reviewer", role: "EDITOR", passwordHash: "x" },
  });
  for (const [id, n] of [
    ["small", 10_000],
    ["large", 100_000],
  ] as const) {
    await db().article.create({
      data: {
        id,
        title: `Bench ${n}`,
        body: "b",
        contentHash: id,
        outlet: "Bench Times",
        url: `https://bench.example/${id}`,
      },
    });
    await db().$executeRawUnsafe(`
      INSERT INTO "Claim" (id, "articleId", quote, start, "end", text, type, score, status, quantities, "createdAt", "updatedAt")
      SELECT '${id}-' || g, '${id}', 'quote ' || g, 0, 1, 'Claim number ' || g || ', with "quotes", commas and a line' || chr(10) || 'break; =HYPERLINK("x")',
             'STATISTIC', 0.5, 'VERIFIED', '[{"raw":"5 million shells","value":5000000,"unit":"shells","currency":null,"hedge":"up to","asOf":null}]'::jsonb, now(), now()
      FROM generate_series(1, ${n}) g`);
    await db().$executeRawUnsafe(`
      INSERT INTO "Source" (id, "claimId", url, publisher, stance, "addedById", "accessedAt", "createdAt", "updatedAt")
      SELECT 's-${id}-' || g, '${id}-' || g, 'https://source.example/' || g, 'Statistics Office', 'SUPPORTS', '${user.id}', now(), now(), now() FROM generate_series(1, ${n}) g`);
    await db().$executeRawUnsafe(`
      INSERT INTO "Verdict" (id, "claimId", version, "ratingId", summary, rationale, "authorId", "signedOffById", "signedOffAt", "createdAt")
      SELECT 'v-${id}-' || g, '${id}-' || g, 1, (SELECT id FROM "Rating" WHERE slug = 'false'), 'Summary ' || g, '', '${user.id}', '${user.id}', now(), now() FROM generate_series(1, ${n}) g`);
  }
  await db().$executeRawUnsafe(`ANALYZE`);
  await db().$disconnect();
}

async function main() {
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, "pg") });
  await cluster.ensureDatabase("bench");
  const url = cluster.urlFor("bench");
  migrate(url);
  await seed(url);
  console.log("claim sheet export (each claim with a verdict and a source), separate process per run");
  console.log(
    `${"rows".padStart(8)}  format   ${"time".padStart(8)}  ${"peak RSS".padStart(9)}  ${"file".padStart(9)}`,
  );
  const runs = [
    ["small", "csv"],
    ["small", "xlsx"],
    ["large", "csv"],
    ["large", "xlsx"],
    ["large", "xlsx", String(SLOW_READER_BYTES_PER_S)],
  ] as const;
  for (const [article, format, speed] of runs) {
    const out = path.join(dir, `${article}.${format}`);
    // A bounded old generation makes the collector run as a long-lived server's would; without it V8 grows lazily.
    const run = spawnSync(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []),
        "--max-old-space-size=128",
        "--import",
        "tsx",
        "--conditions=react-server",
        "scripts/bench/export-run.ts",
        article,
        format,
        out,
        ...(speed ? [speed] : []),
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split("\n").pop()!) as { rows: number; ms: number; maxRssMb: number };
    const reader = speed ? `  slow reader, ${Number(speed) / 1e6} MB/s` : "";
    console.log(
      `${String(r.rows).padStart(8)}  ${format.padEnd(6)}  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.maxRssMb.toFixed(0).padStart(6)} MB  ${(statSync(out).size / 1e6).toFixed(1).padStart(6)} MB${reader}`,
    );
  }
  console.log(
    "targets: 100k rows < 10 s, peak RSS < 250 MB, RSS nearly the same at both sizes and for the slow reader",
  );
  await cluster.stop();
}

main()
  .catch((err: unknown) => {
    console.error(`bench:export failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
