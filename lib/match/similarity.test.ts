import { describe, expect, it } from "vitest";
import { extractQuantities } from "../extract/quantities";
import { claimTerms, MATCH_THRESHOLD, numbersConflict, termSimilarity } from "./similarity";

const score = (a: string, b: string) =>
  termSimilarity(claimTerms(a, extractQuantities(a)), claimTerms(b, extractQuantities(b)));

describe("claim similarity", () => {
  it.each([
    [
      "North Korea may have shipped up to five million shells to Russia.",
      "Shin said North Korea may have sent up to 5 million artillery shells to Russia.",
    ],
    [
      "The unemployment rate fell to 3.5% in October.",
      "Unemployment dropped to 3.5 percent in October, the Labor Department said.",
    ],
    [
      "Trade between Russia and South Korea surged to over $28 billion by 2014.",
      "By 2014 trade between South Korea and Russia had surged past $28 billion.",
    ],
  ])("finds paraphrases: %s ~ %s", (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    [
      "North Korea may have shipped up to five million shells to Russia.",
      "The Lakers beat the Thunder 112-107 on Tuesday.",
    ],
    ["The unemployment rate fell to 3.5% in October.", "North Korea had consistently ignored the deal."],
    ["Kim met Putin at the Vostochny cosmodrome.", "The council approved a £4.2m flood budget on Monday."],
  ])("does not pair unrelated claims: %s / %s", (a, b) => {
    expect(score(a, b)).toBeLessThan(MATCH_THRESHOLD);
  });

  it("flags the same quantity with a different number", () => {
    expect(
      numbersConflict(extractQuantities("shipped 5 million shells"), extractQuantities("shipped 1 million shells")),
    ).toBe(true);
    expect(
      numbersConflict(extractQuantities("shipped five million shells"), extractQuantities("shipped 5,000,000 shells")),
    ).toBe(false);
    expect(numbersConflict(extractQuantities("shipped 5 million shells"), extractQuantities("hired 40 officers"))).toBe(
      false,
    );
  });
});
