import { spawn } from "node:child_process";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedCluster } from "../../../lib/infra/embedded-postgres";
import { migrate } from "../../lib/database";
import { waitUntilHealthy } from "../../lib/health";

const root = path.resolve(__dirname, "../../..");

/** A fresh, migrated embedded database under `dataDir`; DATABASE_URL points at it for this process. */
export async function benchDatabase(dataDir: string): Promise<{ url: string; cluster: EmbeddedCluster }> {
  const cluster = await startEmbeddedPostgres({ dir: path.join(root, dataDir, "pg"), fresh: true });
  await cluster.ensureDatabase("claimdesk");
  const url = cluster.urlFor("claimdesk");
  process.env.DATABASE_URL = url;
  // Bulk seeding writes up to a million rows in one statement; the servers under test keep the default limit.
  process.env.CLAIMDESK_STATEMENT_TIMEOUT_MS = "0";
  migrate(url);
  return { url, cluster };
}

/** The production server (`npm start`'s own script) on that database and a free loopback port, once it answers. */
export async function startBenchServer(
  dataDir: string,
  databaseUrl: string,
): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      CLAIMDESK_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      CLAIMDESK_STATEMENT_TIMEOUT_MS: "",
    },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
  };
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitUntilHealthy(base, { timeoutMs: 300_000 }))) {
    await stop();
    throw new Error("the server did not start within 5 minutes");
  }
  return { base, stop };
}

/** A benchmark user signed in over HTTP, as a browser would: the session cookie to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error("could not sign in the benchmark user");
  return session;
}
