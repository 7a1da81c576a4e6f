import type { ChildProcess } from "node:child_process";

export type SuperviseOptions = {
  /** Starts the process; called again after each crash. */
  start: () => ChildProcess;
  log: (message: string) => void;
  /** Crashes this close together count towards giving up. */
  windowMs?: number;
  maxCrashes?: number;
  /** Waits between restarts: 1 s, 2 s, 4 s … up to this. */
  maxDelayMs?: number;
};

export type Supervisor = {
  /** Ends the process for good (SIGTERM) and resolves with its exit code. */
  stop: () => Promise<number>;
  /** Resolves when supervision ends: stopped, or given up after too many crashes (code 1). */
  done: Promise<number>;
  /** The process running now. */
  current: () => ChildProcess;
};

/**
 * Keeps a server process running: when it dies without being asked to, it is started again after a
 * short, growing wait, and what stays up meanwhile (the database) is kept. Too many crashes in a short
 * time means something is wrong with the build or the configuration: supervision then gives up.
 */
export function supervise(opts: SuperviseOptions): Supervisor {
  const windowMs = opts.windowMs ?? 60_000;
  const maxCrashes = opts.maxCrashes ?? 5;
  const maxDelayMs = opts.maxDelayMs ?? 30_000;
  let stopping = false;
  let crashes: number[] = [];
  let child = opts.start();
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const watch = (proc: ChildProcess) =>
    proc.once("exit", (code, signal) => {
      if (stopping) return finish(code ?? 0);
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < windowMs), now];
      if (crashes.length > maxCrashes) {
        opts.log(`The web server stopped ${crashes.length} times within ${Math.round(windowMs / 1000)} s; giving up.`);
        return finish(1);
      }
      const delay = Math.min(maxDelayMs, 1000 * 2 ** (crashes.length - 1));
      opts.log(
        `The web server stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay / 1000} s. The database keeps running.`,
      );
      setTimeout(() => {
        if (stopping) return finish(0);
        child = opts.start();
        watch(child);
      }, delay);
    });
  watch(child);

  return {
    current: () => child,
    done,
    stop: () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      else finish(0);
      return done;
    },
  };
}
