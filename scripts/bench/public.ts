/**
 * `npm run bench:public`: a published verdict page against a static Next.js page (the sign-in
 * page), served by the same production server under the same concurrent load, on loopback only.
 * Target: the verdict page reaches at least 0.9 of the static page's throughput. Also counts the
 * database transactions during the verdict-page run (a cached page should cost none).
 */
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { benchDatabase, startBenchServer } from "./lib/server";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-public";
const CONNECTIONS = 20;
const SECONDS = 5;
const ROUNDS = 3;

async function preparePublishedVerdict(): Promise<string> {
  const { seedDatabase } = await import("../../lib/db/seed");
  const { createTestUser, claimVersion, verifiedClaim } = await import("../../test/factories");
  const { publishClaim } = await import("../../lib/db/publications");
  await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: false });
  const reviewer = await createTestUser("REVIEWER");
  const editor = await createTestUser("EDITOR");
  const rationale =
    "The council's **published minutes** record the vote, and a second newspaper reported it the next day.\n\n".repeat(
      4,
    );
  const { claim } = await verifiedClaim({ reviewer, editor, rationale });
  const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
  // Disconnecting flushes this process's own statistics now rather than during the measured runs.
  const { db } = await import("../../lib/db/client");
  await db().$disconnect();
  return `/verdicts/${slug}`;
}

async function load(url: string, duration: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    kb: result.throughput.average / result.requests.average / 1024,
  };
}

type Run = Awaited<ReturnType<typeof load>>;
const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)];

async function transactions(client: pg.Client): Promise<number> {
  await new Promise((r) => setTimeout(r, 1500)); // backends report their statistics about once a second
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = 'claimdesk'",
  );
  return Number(rows[0].n);
}

async function main() {
  const { url, cluster } = await benchDatabase(dataDir);
  const verdictPath = await preparePublishedVerdict();
  // Statistics are read from another database, so reading them adds nothing to the app database's count.
  const stats = new pg.Client({ connectionString: url.replace(/\/claimdesk$/, "/postgres") });
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    server = await startBenchServer(dataDir, url);
    await stats.connect();
    // Leave autovacuum nothing to do, so the transaction count below is the app's alone.
    const vacuum = new pg.Client({ connectionString: url });
    await vacuum.connect();
    await vacuum.query("VACUUM ANALYZE");
    await vacuum.end();
    const pages = { static: `${server.base}/sign-in`, verdict: `${server.base}${verdictPath}` };
    for (const page of Object.values(pages)) await load(page, 2); // warm-up; renders and caches the verdict page
    // Idle Postgres backends report their statistics up to 10 s late: let the warm-up's queries land first.
    await new Promise((r) => setTimeout(r, 11_000));

    // Alternating rounds, medians reported: a 2-core machine's noise hits both pages alike.
    const runs: { static: Run[]; verdict: Run[] } = { static: [], verdict: [] };
    let during = 0;
    let idle = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = await transactions(stats);
      runs.static.push(await load(pages.static, SECONDS));
      const before = await transactions(stats);
      idle += before - start;
      runs.verdict.push(await load(pages.verdict, SECONDS));
      during += (await transactions(stats)) - before;
    }
    const fixed = median(runs.static);
    const verdict = median(runs.verdict);

    const row = (name: string, r: { rps: number; p99: number; kb: number }) =>
      console.log(
        `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   ${r.kb.toFixed(1).padStart(5)} KB a page`,
      );
    console.log(
      `Public pages, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s each (medians), production server on loopback`,
    );
    row("static page (/sign-in)", fixed);
    row("published verdict page", verdict);
    const ratio = verdict.rps / fixed.rps;
    console.log(`verdict/static throughput ${ratio.toFixed(2)} (target ≥ 0.90: ${ratio >= 0.9 ? "met" : "missed"})`);
    console.log(
      `database transactions during the verdict runs: ${during} (during the static-page runs, which never query: ${idle})`,
    );
  } finally {
    await stats.end().catch(() => undefined);
    await server?.stop();
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:public failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
