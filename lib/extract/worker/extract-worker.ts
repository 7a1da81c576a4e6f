import { parentPort } from "node:worker_threads";
import { extractClaims } from "../extract";
import type { ExtractOptions } from "../types";

export type ExtractRequest = { id: number; text: string; options: ExtractOptions };
export type ExtractReply = { id: number; result?: ReturnType<typeof extractClaims>; error?: string };

parentPort?.on("message", ({ id, text, options }: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id, result: extractClaims(text, options) } satisfies ExtractReply);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies ExtractReply);
  }
});
