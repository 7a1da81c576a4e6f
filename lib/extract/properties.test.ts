import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { boundWordLength, MAX_WORD_CHARS } from "./tokens";

const sentence = fc.constantFrom(
  "The council approved a £4.2m budget on Monday, officials said.",
  "North Korea may have shipped up to five million shells and dozens of missiles to Russia.",
  "How far will the reforms go?",
  "Sign in or Create a free account",
  "“We will win,” said Ana Ruiz.",
  "Photo: Jane Doe/AP",
  "Turnout was 61% in 2019 — the highest since 1990.",
  "被告は2023年に逮捕された。",
  "Prices rose 🚀 12% in Kyiv.",
);
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(fc.oneof(sentence, fc.string({ maxLength: 80 })), { maxLength: 12 })
    .chain((parts) => fc.constantFrom("\n", "\r\n", "\n\n", " ", "<p>").map((sep) => parts.join(sep))),
);

// Words that are also the names of properties every JavaScript object has.
const OBJECT_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"];

describe("extractor properties", () => {
  it("reads words that name an object's own properties as words", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OBJECT_WORDS),
        fc.constantFrom(
          "Apple's {w} to build 5 towers in Lagos should finish in May.",
          "The {w} rose 4 {w} in 2020, Ana Ruiz said, and {w} she.",
          "Gov. {w} Smith said he had {w} five {w} dollars on 3 {w} 2021.",
          "{w} {w} {w}: {w} the {w}, which {w} 12 {w}.",
        ),
        (word, template) => {
          const { claims } = extractClaims(template.replaceAll("{w}", word));
          for (const claim of claims) {
            expect(claim.text).not.toMatch(/function|native code|\[object/);
            for (const q of claim.quantities) expect(Number.isNaN(q.value)).toBe(false);
          }
        },
      ),
    );
  });

  it("anchors every claim and skipped segment inside the input, for any text", () => {
    fc.assert(
      fc.property(text, (input) => {
        const { claims, skipped } = extractClaims(input);
        for (const item of [...claims, ...skipped]) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(input.length);
          expect(item.start).toBeLessThan(item.end);
        }
        for (const claim of claims) {
          expect(input.slice(claim.start, claim.end)).toBe(claim.quote);
          expect(claim.score).toBeGreaterThanOrEqual(0);
          expect(claim.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(extractClaims(input)).toEqual(extractClaims(input));
      }),
      { numRuns: 100 },
    );
  });

  it("handles empty text, one huge paragraph and a megabyte of text", () => {
    expect(extractClaims("")).toEqual({ claims: [], skipped: [] });
    const paragraph = "The city spent $2 million on roads in 2023 and the county added 40 buses. ".repeat(2000);
    expect(extractClaims(paragraph).claims.length).toBeGreaterThan(0);
    const megabyte = "Exports rose 12% in 2023, the agency said.\n\n".repeat(24_000);
    expect(megabyte.length).toBeGreaterThan(1_000_000);
    const result = extractClaims(megabyte);
    expect(result.claims).toHaveLength(1);
    expect(result.skipped.filter((s) => s.reason === "duplicate")).toHaveLength(23_999);
  });
});

// Issue 19.2: shapes that once held a request for minutes. Each must finish well inside a time box
// (a quadratic step takes minutes at these sizes), keep its offsets valid and find no claim in noise.
describe("hostile text stays bounded", () => {
  const shapes: [string, string][] = [
    ["one long word", "a".repeat(1_000_000)],
    ["one long line without punctuation", "the council spent four million on roads said Ana Ruiz and ".repeat(16_000)],
    ["one long line of clauses", "the council spent $4 million on roads, said Ana Ruiz, and ".repeat(15_000)],
    ["100k tiny sentences", "A b. ".repeat(100_000)],
    ["deeply nested quotes", `${"“".repeat(50_000)}The council spent $4 million in 2023.${"”".repeat(50_000)}`],
    ["deeply nested parentheses", `${"(".repeat(50_000)}The council spent $4 million in 2023.${")".repeat(50_000)}`],
  ];
  it.each(shapes)("%s", (_name, input) => {
    const started = performance.now();
    const { claims, skipped } = extractClaims(input);
    expect(performance.now() - started).toBeLessThan(8_000);
    for (const item of [...claims, ...skipped]) {
      expect(item.start).toBeGreaterThanOrEqual(0);
      expect(item.end).toBeLessThanOrEqual(input.length);
    }
    for (const claim of claims) expect(input.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("cuts a huge word into bounded tokens without moving any offset", () => {
    const text = `Prices rose ${"x".repeat(1000)} in 2023.`;
    expect(boundWordLength(text)).toHaveLength(text.length);
    expect(
      Math.max(
        ...boundWordLength(text)
          .split(/\s+/)
          .map((w) => w.length),
      ),
    ).toBeLessThanOrEqual(MAX_WORD_CHARS);
    expect(boundWordLength("An ordinary https://example.org/a/long/address sentence.")).toBe(
      "An ordinary https://example.org/a/long/address sentence.",
    );
  });
});
