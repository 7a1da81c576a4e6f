import { gunzipBounded, isGzip } from "../files/bounded-decompress";

/** HTML from file bytes (gzip allowed), or a sentence saying why the file is not an HTML page. */
export function decodeHtmlBytes(bytes: Uint8Array, name: string): string {
  let data = bytes;
  if (isGzip(data)) data = gunzipBounded(data, name);
  if (data.length === 0) throw new Error(`${name} is empty.`);
  if (data.subarray(0, 4096).includes(0)) throw new Error(`${name} is a binary file, not an HTML page.`);
  const text = new TextDecoder("utf-8").decode(data);
  if (!/<(html|body|head|article|p|div|!doctype)\b/i.test(text.slice(0, 200_000)))
    throw new Error(`${name} is not an HTML page.`);
  return text;
}
