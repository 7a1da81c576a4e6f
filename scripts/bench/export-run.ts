/** One export in a process of its own, so its peak memory can be read (used by bench:export). */
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";

/** A client on a slow connection: takes `bytesPerSecond`, then writes on to the file. */
function slowReader(file: string, bytesPerSecond: number): Writable {
  const out = createWriteStream(file);
  return new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, done) {
      setTimeout(() => out.write(chunk, done), (chunk.length / bytesPerSecond) * 1000);
    },
    final(done) {
      out.end(done);
    },
  });
}

async function main() {
  const [articleId, format, out, speed] = process.argv.slice(2);
  const { prepareExport } = await import("../../lib/db/export-file");
  const { SYSTEM_ACTOR } = await import("../../lib/db/system-actor");
  const started = performance.now();
  const job = await prepareExport(
    {
      actor: SYSTEM_ACTOR,
      publicBase: "http://localhost:3000",
      organisation: { name: "bench", url: "http://localhost:3000" },
    },
    { articleId, format: format as "csv", includeAll: false },
  );
  const rows = await job.run(speed ? slowReader(out, Number(speed)) : createWriteStream(out));
  console.log(
    JSON.stringify({ rows, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
