import { createHash } from "node:crypto";

/** Normalises line endings and white space so the same article pasted twice hashes the same. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function contentHash(body: string): string {
  const canonical = normaliseBody(body).replace(/\s+/g, " ").toLowerCase();
  return createHash("sha256").update(canonical).digest("hex");
}
