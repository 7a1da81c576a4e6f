import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../lib/infra/embedded-postgres";
import { runPrisma } from "../prisma.mjs";

export type ResolvedDatabase = { url: string; embedded: EmbeddedCluster | null };

/** Hides the password in a connection string so it can be printed. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(an invalid DATABASE_URL)";
  }
}

/** DATABASE_URL when set, otherwise the embedded cluster under `dataDir`. */
export async function resolveDatabase(opts: {
  externalUrl?: string;
  dataDir: string;
  fresh?: boolean;
}): Promise<ResolvedDatabase> {
  if (opts.externalUrl) return { url: opts.externalUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dir: path.join(opts.dataDir, "pg"), fresh: opts.fresh });
  await embedded.ensureDatabase("claimdesk");
  return { url: embedded.urlFor("claimdesk"), embedded };
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    throw new Error(
      `Cannot reach the database at ${describeDatabase(url)}: ${err instanceof Error ? err.message : String(err)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Applies every committed migration; a failure names the migration and the database error. */
export function migrate(url: string): void {
  const { status, output } = runPrisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
  if (status === 0) return;
  const lines = String(output)
    .split("\n")
    .map((l: string) => l.trim());
  const reason =
    lines.find((l: string) => /^(Error|ERROR|P\d{4})/.test(l) || l.includes("ERROR:")) ?? lines.filter(Boolean).pop();
  throw new Error(`Migrating ${describeDatabase(url)} failed: ${reason}`);
}

/**
 * For command-line scripts: opens the configured database (embedded unless DATABASE_URL is set),
 * checks it, applies migrations, runs `work`, and stops the embedded server afterwards.
 */
export async function withScriptDatabase<T>(dataDir: string, work: (db: ResolvedDatabase) => Promise<T>): Promise<T> {
  const database = await resolveDatabase({ externalUrl: process.env.DATABASE_URL || undefined, dataDir });
  process.env.DATABASE_URL = database.url;
  try {
    await assertReachable(database.url);
    migrate(database.url);
    return await work(database);
  } finally {
    await database.embedded?.stop();
  }
}
