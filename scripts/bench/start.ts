/**
 * `npm run bench:start`: how long `npm start` takes until it first serves a page,
 * cold (no build, empty data directory) and warm (build and data reused).
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../lib/infra/embedded-postgres";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-start";

async function firstPage(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${port}/sign-in`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the app did not serve a page within 5 minutes");
}

async function timeStart(label: string): Promise<number> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), CLAIMDESK_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  try {
    await firstPage(port, started + 300_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(`${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
    return seconds;
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

async function main() {
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
  rmSync(path.join(root, ".next"), { recursive: true, force: true });
  console.log("npm start → first page served (2-core machine, target: cold < 60 s)");
  const cold = await timeStart("cold: build + initdb + migrate + seed");
  const warm = await timeStart("warm: build and data reused");
  console.log(
    `warm/cold ratio ${(warm / cold).toFixed(2)}; cold start ${cold < 60 ? "meets" : "misses"} the 60 s target`,
  );
  rmSync(path.join(root, dataDir), { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(`bench:start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
