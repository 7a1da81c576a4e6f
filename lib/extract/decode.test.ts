import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "./decode";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("reading article files", () => {
  it("accepts UTF-8 text and drops a byte-order mark", () => {
    expect(decodeArticleBytes(bytes("\uFEFFKyiv, 12 ° — ok"), "a.txt")).toBe("Kyiv, 12 ° — ok");
  });

  it.each([
    [new Uint8Array(), "a.txt is empty."],
    [bytes("   \n  "), "a.txt has no text in it."],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "a.txt looks like a binary file, not text."],
    [new Uint8Array([0xff, 0xfe, 0x41]), "a.txt is not valid UTF-8 text; save it as UTF-8 and try again."],
  ])("refuses %j with a clear sentence", (input, message) => {
    expect(() => decodeArticleBytes(input, "a.txt")).toThrow(message);
  });
});
