/**
 * `npm run bench:queue`: the review queue's query at 10,000 and 1,000,000 claims on a fresh embedded
 * Postgres, p50/p95 over a mix of views, filters, searches and deeper pages. Target: p95 < 50 ms at 1M.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/infra/embedded-postgres";
import { migrate } from "../lib/database";

const dir = mkdtempSync(path.join(tmpdir(), "bench-queue-"));
chmodSync(dir, 0o755);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, "pg") });
  await cluster.ensureDatabase("bench");
  const url = cluster.urlFor("bench");
  migrate(url);
  process.env.DATABASE_URL = url;
  // Seeding writes up to a million rows in one statement: no per-statement limit for this process.
  process.env.CLAIMDESK_STATEMENT_TIMEOUT_MS = "0";
  const { db } = await import("../../lib/db/client");
  const { listQueue } = await import("../../lib/db/queue");
  const users = await Promise.all(
    ["REVIEWER", "REVIEWER", "EDITOR"].map((role, i) =>
      db().user.create({
        data: { email: `b${i}@bench.test`, name: `Bench ${i}`, role: role as "REVIEWER", passwordHash: "x" },
      }),
    ),
  );
  const actors = users.map((u) => ({ id: u.id, role: u.role, name: u.name, email: u.email }));

  let total = 0;
  async function grow(to: number) {
    const articles = Math.ceil((to - total) / 100);
    await db().$executeRawUnsafe(
      `INSERT INTO "Article" (id, title, body, "contentHash", "updatedAt") SELECT 'a' || g || '-${to}', 'Article ' || g, 'body', md5(g::text || '${to}'), now() FROM generate_series(1, ${articles}) g`,
    );
    const words = [
      "budget",
      "shells",
      "turnout",
      "unemployment",
      "flood",
      "treaty",
      "vaccine",
      "tariff",
      "election",
      "wildfire",
      "inflation",
      "missiles",
    ];
    await db().$executeRawUnsafe(`
      INSERT INTO "Claim" (id, "articleId", quote, start, "end", text, type, score, status, "assigneeId", "createdAt", "updatedAt")
      SELECT 'c' || g || '-${to}', 'a' || (1 + (g - 1) / 100) || '-${to}', 'q', 0, 1,
             'The ' || (ARRAY['${words.join("','")}'])[1 + g % ${words.length}] || ' figure reached ' || (g % 997) || ' in region ' || (g % 31) || ' during ' || (2000 + g % 25),
             (ARRAY['STATISTIC','EVENT','QUOTE','COMPARISON','PREDICTION','CAUSAL','OTHER'])[1 + g % 7]::"ClaimType",
             ((g::bigint * 7919) % 1000) / 1000.0,
             (ARRAY['UNREVIEWED','UNREVIEWED','UNREVIEWED','IN_REVIEW','NEEDS_SIGNOFF','VERIFIED','DISMISSED'])[1 + g % 7]::"ClaimStatus",
             CASE WHEN g % 5 = 0 THEN '${actors[0].id}' WHEN g % 5 = 1 THEN '${actors[1].id}' ELSE NULL END,
             now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, ${to - total}) g`);
    await db().$executeRawUnsafe(`ANALYZE "Claim"`);
    await db().$executeRawUnsafe(`ANALYZE "Article"`);
    total = to;
  }

  async function measure(label: string) {
    const queries = [
      (i: number) => listQueue(actors[i % 2], { view: "mine" }),
      () => listQueue(actors[0], { view: "unassigned" }),
      () => listQueue(actors[2], { view: "signoff" }),
      () => listQueue(actors[2], { view: "all", sort: "date" }),
      (i: number) => listQueue(actors[2], { view: "all", q: ["shells", "budget turnout", "wildfire"][i % 3] }),
      () => listQueue(actors[2], { view: "all", status: "UNREVIEWED", type: "STATISTIC" }),
    ];
    for (let i = 0; i < 12; i++) await queries[i % queries.length](i);
    const names = ["mine", "unassigned", "signoff", "all by date", "search", "status+type", "next page"];
    const byKind = names.map(() => [] as number[]);
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      let start = performance.now();
      const page = await queries[i % queries.length](i);
      times.push(performance.now() - start);
      byKind[i % queries.length].push(times[times.length - 1]);
      // Every fourth query also goes one page deeper with the cursor, as a person scrolling would.
      if (i % 4 === 0 && page.nextCursor) {
        start = performance.now();
        await listQueue(actors[2], { view: "all", cursor: page.nextCursor });
        times.push(performance.now() - start);
        byKind[6].push(times[times.length - 1]);
      }
    }
    console.log(
      `${label.padEnd(18)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
    );
    console.log(`  p95 by query: ${names.map((n, k) => `${n} ${percentile(byKind[k], 95).toFixed(1)}`).join(" · ")}`);
    return percentile(times, 95);
  }

  console.log("review queue query (6 views/filters/searches, 300 runs each size)");
  await grow(10_000);
  const small = await measure("10,000 claims");
  const started = Date.now();
  await grow(1_000_000);
  console.log(`(seeded 1,000,000 claims in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const large = await measure("1,000,000 claims");
  console.log(
    `p95 grew ${(large / small).toFixed(2)}× for 100× the data; target p95 < 50 ms at 1M: ${large < 50 ? "met" : "missed"}`,
  );
  await db().$disconnect();
  await cluster.stop();
}

main()
  .catch((err: unknown) => {
    console.error(`bench:queue failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(dir, { recursive: true, force: true }));
