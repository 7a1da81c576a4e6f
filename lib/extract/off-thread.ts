import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ExtractOptions, ExtractResult } from "./types";
import type { ExtractReply } from "./worker/extract-worker";

/** No article of the allowed size takes this long; past it the worker is ended and the article refused. */
export const EXTRACTION_TIMEOUT_MS = 60_000;

export class ExtractionFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionFailed";
  }
}

type Pending = {
  worker: Worker;
  resolve: (r: ExtractResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
};

// Resolved at run time from the project folder: the worker's files are not part of the bundle.
const workerDir = () => path.join(process.cwd(), "lib", "extract", "worker");

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

// A waiting request keeps the process alive (a CLI awaits it); an idle worker does not.
function settle(id: number): Pending | undefined {
  const p = pending.get(id);
  if (!p) return undefined;
  pending.delete(id);
  clearTimeout(p.timer);
  if (![...pending.values()].some((other) => other.worker === p.worker)) p.worker.unref();
  return p;
}

/** Refuses the requests a worker that stopped was holding (a newer worker's requests carry on). */
function failAll(w: Worker, message: string): void {
  for (const [id, p] of [...pending]) if (p.worker === w) settle(id)?.reject(new ExtractionFailed(message));
}

function startWorker(): Worker {
  // Built by Reflect.construct so the bundler does not try to bundle the worker (it loads TypeScript itself).
  const w: Worker = Reflect.construct(Worker, [
    path.join(workerDir(), "boot.cjs"),
    { workerData: { entry: path.join(workerDir(), "extract-worker.ts") } },
  ]);
  w.on("message", ({ id, result, error }: ExtractReply) => {
    const p = settle(id);
    if (!p) return;
    if (result) p.resolve(result);
    else p.reject(new ExtractionFailed(error ?? "Claim extraction failed."));
  });
  w.on("error", (err) => failAll(w, `Claim extraction stopped: ${err.message}`));
  w.on("exit", () => {
    if (worker === w) worker = null;
    failAll(w, "Claim extraction stopped unexpectedly; try again.");
  });
  return w;
}

/**
 * Runs the rule-based extractor on a worker thread, so a long article never holds the thread that
 * answers everyone else's requests. Requests queue on one worker (extraction is CPU-bound and the
 * machine has few cores); one that runs past the time limit ends the worker and is refused.
 */
export function extractClaimsOffThread(
  text: string,
  options: ExtractOptions = {},
  timeoutMs = EXTRACTION_TIMEOUT_MS,
): Promise<ExtractResult> {
  worker ??= startWorker();
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      settle(id);
      reject(
        new ExtractionFailed(
          `Finding the claims took longer than ${Math.round(timeoutMs / 1000)} s; the article was not saved.`,
        ),
      );
      if (worker === w) worker = null;
      void w.terminate();
    }, timeoutMs);
    pending.set(id, { worker: w, resolve, reject, timer });
    w.ref();
    w.postMessage({ id, text, options });
  });
}
