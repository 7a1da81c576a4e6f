/** Turns file bytes into article text, or explains in one line why it cannot. */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new Error(`${name} is empty.`);
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new Error(`${name} looks like a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not valid UTF-8 text; save it as UTF-8 and try again.`);
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) throw new Error(`${name} has no text in it.`);
  return text;
}
