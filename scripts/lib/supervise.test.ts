import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { supervise } from "./supervise";

const sleeper = () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });

// Issue 19.4: a crash of the Next.js server used to end `npm start` and the embedded database with it.
describe("supervising the web server", () => {
  it("starts the server again after a kill -9, and stops it for good when asked", async () => {
    const logs: string[] = [];
    let starts = 0;
    const sup = supervise({ start: () => (starts++, sleeper()), log: (m) => logs.push(m), maxDelayMs: 50 });
    const first = sup.current();
    first.kill("SIGKILL");
    await new Promise((r) => first.once("exit", r));
    await expect.poll(() => starts, { timeout: 5000 }).toBe(2);
    expect(logs[0]).toBe("The web server stopped (SIGKILL); starting it again in 0.05 s. The database keeps running.");
    expect(sup.current()).not.toBe(first);
    const code = await sup.stop();
    expect(code).toBe(0);
    expect(sup.current().killed).toBe(true);
  });

  it("gives up after too many crashes in a short time", async () => {
    const logs: string[] = [];
    const sup = supervise({
      start: () => spawn(process.execPath, ["-e", "process.exit(3)"]),
      log: (m) => logs.push(m),
      maxCrashes: 2,
      maxDelayMs: 10,
    });
    expect(await sup.done).toBe(1);
    expect(logs.at(-1)).toBe("The web server stopped 3 times within 60 s; giving up.");
  });
});
