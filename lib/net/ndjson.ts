/**
 * Reads a streamed answer of one JSON value per line, calling `onValue` as each line arrives
 * (a line split across chunks is joined first). Resolves once the stream ends.
 */
export async function readJsonLines<T>(body: ReadableStream<Uint8Array>, onValue: (value: T) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split("\n");
    pending = done ? "" : lines.pop()!;
    for (const line of lines) if (line.trim()) onValue(JSON.parse(line) as T);
    if (done) return;
  }
}
