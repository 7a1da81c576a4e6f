import { describe, expect, it } from "vitest";
import { contentHash, normaliseBody } from "./content-hash";

describe("article content hash", () => {
  it("treats Windows line endings, trailing spaces and case as the same article", () => {
    expect(contentHash("Headline\r\n\r\nBody text.  \r\n")).toBe(contentHash("headline\n\nbody text."));
  });

  it("tells different articles apart", () => {
    expect(contentHash("Turnout was 61%.")).not.toBe(contentHash("Turnout was 16%."));
  });

  it("keeps paragraph breaks but collapses runs of blank lines", () => {
    expect(normaliseBody("A\n\n\n\nB\r\nC")).toBe("A\n\nB\nC");
  });
});
