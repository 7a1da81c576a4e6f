import type { Writable } from "node:stream";
import type { ExportRow } from "./columns";

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
}

/** {"exportedAt", "scope", "claims": [...]}, streamed row by row (shape: docs/export.schema.json). */
export async function writeJson(
  rows: AsyncIterable<ExportRow>,
  out: Writable,
  meta: { exportedAt: string; scope: string },
): Promise<number> {
  await write(out, `{"exportedAt":${JSON.stringify(meta.exportedAt)},"scope":${JSON.stringify(meta.scope)},"claims":[`);
  let count = 0;
  for await (const { ratingColor: _color, ...row } of rows) {
    await write(out, `${count ? "," : ""}\n${JSON.stringify(row)}`);
    count++;
  }
  out.end("\n]}\n");
  await new Promise<void>((resolve, reject) => {
    out.once("finish", () => resolve());
    out.once("error", reject);
  });
  return count;
}
