import { z } from "zod";
import { describe, expect, it } from "vitest";
import { queueQuerySchema } from "./queue";
import { publicIndexSchema } from "./publications";
import { parseInput, safeParseInput, stripNul } from "./parse-input";

// Issue 19.9: `?q=%00` reached Postgres, which cannot store a NUL, and answered 500.
describe("one rule for NUL characters in input", () => {
  it("strips NUL from every string, however deeply nested, and leaves other values alone", () => {
    const file = new Blob(["x"]);
    expect(stripNul({ q: "a\u0000b", list: ["\u0000c"], nested: { d: "\u0000" }, n: 3, file })).toEqual({
      q: "ab",
      list: ["c"],
      nested: { d: "" },
      n: 3,
      file,
    });
  });

  it("lets the queue and the public index parse a NUL-only search as no search", () => {
    expect(parseInput(queueQuerySchema, { q: "\u0000" }).q).toBeUndefined();
    const index = safeParseInput(publicIndexSchema, { q: "\u0000", rating: "\u0000" });
    expect(index.success).toBe(true);
    expect(index.data).toMatchObject({ q: undefined, rating: undefined });
  });

  it("still reports the schema's own message", () => {
    expect(() =>
      parseInput(z.object({ email: z.string().email("Enter a valid email address.") }), { email: "a\u0000" }),
    ).toThrow("Enter a valid email address.");
  });
});
