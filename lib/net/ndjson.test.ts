import { describe, expect, it } from "vitest";
import { readJsonLines } from "./ndjson";

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("readJsonLines", () => {
  it("hands over each line as it is complete, joining lines split across chunks", async () => {
    const seen: unknown[] = [];
    await readJsonLines(
      streamOf(['{"step":"extr', 'acting"}\n{"step":"storing","claims":3}\n', '{"step":"saved"}']),
      (v) => seen.push(v),
    );
    expect(seen).toEqual([{ step: "extracting" }, { step: "storing", claims: 3 }, { step: "saved" }]);
  });

  it("skips blank lines and reads multi-byte characters cut between chunks", async () => {
    const bytes = new TextEncoder().encode('{"title":"Zürich"}\n\n');
    const seen: unknown[] = [];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 12));
        controller.enqueue(bytes.slice(12));
        controller.close();
      },
    });
    await readJsonLines(stream, (v) => seen.push(v));
    expect(seen).toEqual([{ title: "Zürich" }]);
  });
});
