/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations, seed, build when stale, then the
 * web server (scripts/serve.ts), restarted if it crashes while the database keeps running.
 * Every failure ends in one line that says what failed, never a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { env } from "../lib/env";
import { buildIsCurrent, markBuilt } from "./lib/build";
import { assertReachable, describeDatabase, migrate, resolveDatabase, type ResolvedDatabase } from "./lib/database";
import { waitUntilHealthy } from "./lib/health";
import { supervise } from "./lib/supervise";
import { networkInterfaces } from "node:os";
import { publicAddressWarning } from "../lib/site";

const root = path.resolve(__dirname, "..");
const started = Date.now();
const log = (msg: string) => console.log(`[claimdesk] ${msg}`);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer().once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function authSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function build(nextauthUrl: string): void {
  if (buildIsCurrent(root)) return log("Production build is current.");
  log("Building the app (first start or changed sources)…");
  const res = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    // next-auth's client reads NEXTAUTH_URL while the static pages are prerendered.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: nextauthUrl },
  });
  if (res.status !== 0) throw new Error("The production build failed; see the messages above.");
  markBuilt(root);
}

async function main() {
  const config = env();
  const fresh = process.argv.includes("--fresh");
  if (!(await portIsFree(config.PORT))) {
    throw new Error(
      `Port ${config.PORT} is already in use. Stop whatever uses it, or pick another port: PORT=${config.PORT + 1} npm start`,
    );
  }
  const dataDir = path.resolve(root, config.CLAIMDESK_DATA_DIR);
  const nextauthUrl = config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`;
  const database: ResolvedDatabase = await resolveDatabase({ externalUrl: config.DATABASE_URL, dataDir, fresh });
  const stopDatabase = () => database.embedded?.stop();
  process.env.DATABASE_URL = database.url;
  log(`Database: ${describeDatabase(database.url)}${database.embedded ? " (embedded)" : ""}`);

  try {
    await assertReachable(database.url);
    migrate(database.url);
    const { seedDatabase } = await import("../lib/db/seed");
    const demoUsers = !!database.embedded || process.argv.includes("--demo");
    const report = await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers });
    log(
      `Seeded: ${report.articlesAdded} new articles (${report.articlesKept} already there), ${report.usersAdded} demo accounts.`,
    );
    // The start script itself needs no database while the server runs: close its connections.
    const { db } = await import("../lib/db/client");
    await db().$disconnect();
    build(nextauthUrl);
  } catch (err) {
    await stopDatabase();
    throw err;
  }

  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: nextauthUrl,
    NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? authSecret(dataDir),
  };
  // scripts/serve.ts is Next's own handler behind a server that knows the client's address.
  const server = supervise({
    start: () =>
      spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
        env: serverEnv,
      }),
    log,
  });
  // Next listens on every interface: say so when the links it writes would point at localhost.
  const others = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && !i.internal)
    .map((i) => i!.address);
  const warning = publicAddressWarning(config.CLAIMDESK_PUBLIC_URL ?? nextauthUrl, others);
  if (warning) log(warning);
  waitUntilHealthy(`http://127.0.0.1:${config.PORT}`).then(() =>
    log(`Ready at http://localhost:${config.PORT} after ${((Date.now() - started) / 1000).toFixed(1)} s`),
  );

  const shutdown = () => void server.stop();
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  const code = await server.done;
  await stopDatabase();
  process.exit(code);
}

main().catch((err: unknown) => {
  console.error(`[claimdesk] Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
