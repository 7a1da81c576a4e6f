/**
 * `npm run bench:live`: 50 signed-in event streams on one session of a production server, 200
 * changes written to the database, and how long each change takes to reach each stream
 * (commit → event received). Target: p95 < 500 ms, no lost and no duplicated events. Loopback only.
 */
import path from "node:path";
import pg from "pg";
import { benchDatabase, signIn, startBenchServer } from "./lib/server";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-live";
const STREAMS = 50;
const CHANGES = 200;

async function prepareSession() {
  const { seedDatabase } = await import("../../lib/db/seed");
  const { createTestUser, TEST_PASSWORD } = await import("../../test/factories");
  const { createSession } = await import("../../lib/db/sessions");
  const { db } = await import("../../lib/db/client");
  await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: false });
  const editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  const article = await db().article.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const { id } = await createSession(editor, {
    name: "bench",
    articleIds: [article.id],
    reviewerIds: [reviewer.id],
    blindDoubleReview: false,
  });
  const claims = await db().claim.findMany({ where: { articleId: article.id }, select: { id: true } });
  return { sessionId: id, claimIds: claims.map((c) => c.id), email: reviewer.email, password: TEST_PASSWORD };
}

type Stream = { received: Map<string, number>; duplicates: number; ready: Promise<void>; abort: AbortController };

function openStream(url: string, cookie: string): Stream {
  const abort = new AbortController();
  const stream: Stream = { received: new Map(), duplicates: 0, ready: Promise.resolve(), abort };
  stream.ready = (async () => {
    const res = await fetch(url, { headers: { cookie }, signal: abort.signal });
    if (res.status !== 200 || !res.body) throw new Error(`event stream answered ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(frame)?.[1];
          if (!id) continue;
          if (stream.received.has(id)) stream.duplicates++;
          else stream.received.set(id, performance.now());
        }
      }
    })();
  })();
  return stream;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const { url, cluster } = await benchDatabase(dataDir);
  const session = await prepareSession();
  const writer = new pg.Client({ connectionString: url });
  const streams: Stream[] = [];
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    server = await startBenchServer(dataDir, url);
    const base = server.base;
    const cookie = await signIn(base, session.email, session.password);
    for (let i = 0; i < STREAMS; i++)
      streams.push(openStream(`${base}/api/sessions/${session.sessionId}/events`, cookie));
    await Promise.all(streams.map((s) => s.ready));
    await writer.connect();

    // Each change is one claim's status flipping, committed on its own; its event id is read in the same transaction.
    const sent = new Map<string, number>();
    for (let i = 0; i < CHANGES; i++) {
      const claimId = session.claimIds[i % session.claimIds.length];
      await writer.query("BEGIN");
      await writer.query(
        `UPDATE "Claim" SET status = CASE WHEN status = 'UNREVIEWED' THEN 'IN_REVIEW'::"ClaimStatus" ELSE 'UNREVIEWED'::"ClaimStatus" END WHERE id = $1`,
        [claimId],
      );
      const { rows } = await writer.query(`SELECT currval(pg_get_serial_sequence('"SessionEvent"', 'id')) AS id`);
      const at = performance.now();
      await writer.query("COMMIT");
      sent.set(String(rows[0].id), at);
    }
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && streams.some((s) => [...sent.keys()].some((id) => !s.received.has(id))))
      await new Promise((r) => setTimeout(r, 50));

    const latencies: number[] = [];
    let lost = 0;
    for (const s of streams)
      for (const [id, at] of sent) {
        const got = s.received.get(id);
        if (got === undefined) lost++;
        else latencies.push(got - at);
      }
    latencies.sort((a, b) => a - b);
    const duplicates = streams.reduce((n, s) => n + s.duplicates, 0);
    console.log(
      `Live session events: ${STREAMS} streams, ${CHANGES} changes, ${STREAMS * CHANGES} deliveries expected (loopback)`,
    );
    console.log(
      `delivery latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
    console.log(
      `lost ${lost}, duplicated ${duplicates}; target p95 < 500 ms with none lost or duplicated: ${percentile(latencies, 95) < 500 && !lost && !duplicates ? "met" : "missed"}`,
    );
  } finally {
    for (const s of streams) s.abort.abort();
    await writer.end().catch(() => undefined);
    await server?.stop();
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:live failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
