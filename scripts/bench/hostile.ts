/**
 * `npm run bench:hostile`: does one hostile request delay everyone else? Four signed-in readers load
 * the article list of a production server for a fixed time, first alone, then while another signed-in
 * user previews hostile articles (one megabyte-long word; one long line of clauses) one after another.
 * Prints p50/p99 of the readers' page in both phases and their ratio. Loopback only.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { benchDatabase, signIn, startBenchServer } from "./lib/server";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-hostile";
const READERS = 4;
const PHASE_MS = 15_000;

const HOSTILE = ["a".repeat(900_000), "the council spent $4 million on roads, said Ana Ruiz, and ".repeat(15_000)];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The id Next gave a server action in this build, as its own pages send it. */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in this build`);
  return found[0];
}

async function readerLoop(url: string, cookie: string, until: number, latencies: number[]) {
  while (Date.now() < until) {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    latencies.push(performance.now() - t);
  }
}

async function hostileLoop(
  base: string,
  cookie: string,
  until: number,
): Promise<{ sent: number; slowest: number; answers: string[] }> {
  const id = actionId("previewArticleAction");
  let sent = 0;
  let slowest = 0;
  const answers: string[] = [];
  while (Date.now() < until) {
    const body = HOSTILE[sent % HOSTILE.length];
    const t = performance.now();
    const res = await fetch(`${base}/articles/new`, {
      method: "POST",
      headers: {
        cookie,
        "next-action": id,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        origin: base,
      },
      body: JSON.stringify([{ title: "Hostile", body }]),
    });
    const text = await res.text();
    slowest = Math.max(slowest, performance.now() - t);
    answers.push(`${res.status} ${/"ok":(true|false)/.exec(text)?.[0] ?? "?"}`);
    sent++;
  }
  return { sent, slowest, answers };
}

async function phase(base: string, cookie: string, hostile: boolean) {
  const until = Date.now() + PHASE_MS;
  const latencies: number[] = [];
  const attack = hostile ? hostileLoop(base, cookie, until) : null;
  await Promise.all(Array.from({ length: READERS }, () => readerLoop(`${base}/articles`, cookie, until, latencies)));
  latencies.sort((a, b) => a - b);
  return { latencies, attack: attack ? await attack : null };
}

async function main() {
  const { url, cluster } = await benchDatabase(dataDir);
  const { seedDatabase } = await import("../../lib/db/seed");
  const { createTestUser, TEST_PASSWORD } = await import("../../test/factories");
  await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: false });
  const editor = await createTestUser("EDITOR");
  let server: Awaited<ReturnType<typeof startBenchServer>> | null = null;
  try {
    server = await startBenchServer(dataDir, url);
    const cookie = await signIn(server.base, editor.email, TEST_PASSWORD);
    await phase(server.base, cookie, false); // warm-up
    const calm = await phase(server.base, cookie, false);
    const attacked = await phase(server.base, cookie, true);
    const row = (name: string, l: number[]) =>
      `${name.padEnd(34)} ${String(l.length).padStart(6)} ${percentile(l, 50).toFixed(1).padStart(8)} ${percentile(l, 99).toFixed(1).padStart(8)}`;
    console.log(`Hostile requests: ${READERS} readers of /articles for ${PHASE_MS / 1000} s each phase (loopback)`);
    console.log(`${"phase".padEnd(34)} ${"pages".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
    console.log(row("alone", calm.latencies));
    console.log(row("beside hostile previews", attacked.latencies));
    const a = attacked.attack!;
    console.log(
      `hostile previews sent: ${a.sent}, slowest answered in ${(a.slowest / 1000).toFixed(1)} s (${[...new Set(a.answers)].join(", ")})`,
    );
    console.log(
      `p99 ratio (hostile / alone): ${(percentile(attacked.latencies, 99) / percentile(calm.latencies, 99)).toFixed(2)}`,
    );
  } finally {
    await server?.stop();
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:hostile failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
