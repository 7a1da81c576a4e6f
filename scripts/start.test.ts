import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

describe("npm start", () => {
  it("names the busy port and how to choose another, in one line", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
        cwd: root,
        env: { ...process.env, PORT: String(port) },
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `[claimdesk] Could not start: Port ${port} is already in use. Stop whatever uses it, or pick another port: PORT=${port + 1} npm start`,
      );
    } finally {
      blocker.close();
    }
  });

  it("stops with one line naming the database when DATABASE_URL cannot be reached", async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const dbPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const run = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(dbPort),
        DATABASE_URL: `postgresql://news:secret@127.0.0.1:${dbPort}/claimdesk`,
      },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const lastLine = run.stderr.trim().split("\n").at(-1);
    expect(lastLine).toMatch(
      new RegExp(
        `^\\[claimdesk\\] Could not start: Cannot reach the database at postgresql://news:\\*\\*\\*@127\\.0\\.0\\.1:${dbPort}/claimdesk: .*ECONNREFUSED`,
      ),
    );
    expect(run.stderr).not.toContain("secret");
  });
});
