import { gunzipSync } from "node:zlib";
import JSZip from "jszip";

/**
 * How much an uploaded or fetched file may expand to. A news article is at most a few megabytes of
 * markup; anything past this is a compression bomb, refused before it is held in memory.
 */
export const MAX_DECOMPRESSED_BYTES = 20_000_000;

export class TooLargeWhenUnpacked extends Error {
  constructor(name: string, limit: number) {
    super(
      `${name} unpacks to more than ${Math.round(limit / 1e6)} MB, which is far larger than any article; it was not read.`,
    );
    this.name = "TooLargeWhenUnpacked";
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips with a hard cap on the output: zlib stops inflating at the limit instead of growing a buffer. */
export function gunzipBounded(bytes: Uint8Array, name: string, limit = MAX_DECOMPRESSED_BYTES): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError)
      throw new TooLargeWhenUnpacked(name, limit);
    throw new Error(`${name} is a damaged gzip file.`);
  }
}

function inflateEntry(entry: JSZip.JSZipObject, budget: { left: number }, name: string, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          stream.pause();
          reject(new TooLargeWhenUnpacked(name, limit));
        }
      })
      .on("error", reject)
      .on("end", () => resolve());
  });
}

/**
 * Checks that a zip archive (a .docx) stays under the limit once unpacked, before any reader holds it
 * in memory. Declared sizes can lie, so every entry is inflated chunk by chunk and counted; the count
 * stops the inflation as soon as the budget is spent.
 */
export async function assertZipWithinLimit(
  bytes: Uint8Array,
  name: string,
  limit = MAX_DECOMPRESSED_BYTES,
): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  const declared = entries.reduce(
    (sum, f) => sum + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
  if (declared > limit) throw new TooLargeWhenUnpacked(name, limit);
  const budget = { left: limit };
  for (const entry of entries) await inflateEntry(entry, budget, name, limit);
}
