import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const base = mkdtempSync(path.join(tmpdir(), "claimdesk-orphan-"));
chmodSync(base, 0o755);
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A claimdesk process that starts the embedded database on `dir` and then waits, as a script would. */
function holder(dir: string) {
  const code = `import("./lib/infra/embedded-postgres.ts").then(async (m) => { await (m.startEmbeddedPostgres ?? m.default.startEmbeddedPostgres)({ dir: ${JSON.stringify(dir)} }); console.log("ready"); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", code], {
    cwd: path.resolve(__dirname, "../.."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
    child.on("exit", (c) => reject(new Error(`holder exited with ${c}`)));
  });
  return { child, ready };
}

// Issue 19.4: after kill -9 of a script, its Postgres kept running and `npm start` refused to start.
describe("the embedded database's data folder", () => {
  it("stops a Postgres orphaned by a killed claimdesk process and starts cleanly", async () => {
    const dir = path.join(base, "orphan");
    const { child, ready } = holder(dir);
    await ready;
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const cluster = await startEmbeddedPostgres({ dir });
    try {
      const client = new pg.Client({ connectionString: cluster.urlFor("postgres") });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows[0].one).toBe(1);
      await client.end();
    } finally {
      await cluster.stop();
    }
  }, 60_000);

  it("refuses a data folder that a running claimdesk process holds, naming that process", async () => {
    const dir = path.join(base, "held");
    const { child, ready } = holder(dir);
    await ready;
    try {
      await expect(startEmbeddedPostgres({ dir })).rejects.toThrow(
        `is already in use by another claimdesk process (pid ${child.pid}). Stop it first.`,
      );
    } finally {
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      // The holder's Postgres is an orphan now: taking the folder over stops it.
      await (await startEmbeddedPostgres({ dir })).stop();
    }
  }, 60_000);
});

// A test run with failures ended with exit code 0: embedded-postgres's exit hook calls process.exit(0).
describe("a process that used the embedded database", () => {
  it("ends with the failing exit code it set, not 0", async () => {
    const dir = path.join(base, "exit-code");
    const code = `import("./lib/infra/embedded-postgres.ts").then(async (m) => { const c = await (m.startEmbeddedPostgres ?? m.default.startEmbeddedPostgres)({ dir: ${JSON.stringify(dir)} }); await c.stop(); process.exitCode = 3; });`;
    const child = spawn(process.execPath, ["--import", "tsx", "-e", code], {
      cwd: path.resolve(__dirname, "../.."),
      stdio: ["ignore", "ignore", "inherit"],
    });
    const exitCode = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(exitCode).toBe(3);
  }, 60_000);
});
