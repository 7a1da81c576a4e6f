/**
 * `npm run bench:public`: a published verdict page against a static Next.js page (the sign-in
 * page), served by the same production server under the same concurrent load, on loopback only.
 * Target: the verdict page reaches at least 0.8 of the static page's throughput. Also counts the
 * database transactions during the verdict-page run (a cached page should cost none).
 */
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { benchDatabase, startBenchServer } from "./lib/server";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-public";
const CONNECTIONS = 20;
const SECONDS = 10;

async function preparePublishedVerdict(): Promise<string> {
  const { seedDatabase } = await import("../../lib/db/seed");
  const { createTestUser, claimVersion, verifiedClaim } = await import("../../test/factories");
  const { publishClaim } = await import("../../lib/db/publications");
  await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: false });
  const reviewer = await createTestUser("REVIEWER");
  const editor = await createTestUser("EDITOR");
  const rationale = "The council's **published minutes** record the vote, and a second newspaper reported it the next day.\n\n".repeat(4);
  const { claim } = await verifiedClaim({ reviewer, editor, rationale });
  const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
  return `/verdicts/${slug}`;
}

async function load(url: string, duration: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, kb: result.throughput.average / result.requests.average / 1024 };
}

async function transactions(client: pg.Client): Promise<number> {
  await new Promise((r) => setTimeout(r, 1500)); // backends report their statistics about once a second
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = 'claimdesk'");
  return Number(rows[0].n);
}

async function main() {
  const { url, cluster } = await benchDatabase(dataDir);
  const verdictPath = await preparePublishedVerdict();
  const stats = new pg.Client({ connectionString: url });
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    server = await startBenchServer(dataDir, url);
    await stats.connect();
    const pages = { static: `${server.base}/sign-in`, verdict: `${server.base}${verdictPath}` };
    for (const page of Object.values(pages)) await load(page, 2); // warm-up; renders and caches the verdict page

    const fixed = await load(pages.static, SECONDS);
    const before = await transactions(stats);
    const verdict = await load(pages.verdict, SECONDS);
    const during = (await transactions(stats)) - before - 1; // minus the statistics query itself

    const row = (name: string, r: { rps: number; p99: number; kb: number }) =>
      console.log(`${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   ${r.kb.toFixed(1).padStart(5)} KB a page`);
    console.log(`Public pages, ${CONNECTIONS} connections for ${SECONDS} s each, production server on loopback`);
    row("static page (/sign-in)", fixed);
    row("published verdict page", verdict);
    const ratio = verdict.rps / fixed.rps;
    console.log(`verdict/static throughput ${ratio.toFixed(2)} (target ≥ 0.80: ${ratio >= 0.8 ? "met" : "missed"})`);
    console.log(`database transactions during the verdict run: ${Math.max(0, during)}`);
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
