import { describe, expect, it } from "vitest";
import { agreement } from "./agreement";

const repeat = (pair: [string, string], times: number) => Array.from({ length: times }, () => pair);

describe("agreement between two raters", () => {
  it("matches the textbook example: 70% agreement, kappa 0.4", () => {
    // 50 items: both yes 20, yes/no 5, no/yes 10, both no 15 (Cohen's kappa, worked example).
    const pairs = [
      ...repeat(["yes", "yes"], 20),
      ...repeat(["yes", "no"], 5),
      ...repeat(["no", "yes"], 10),
      ...repeat(["no", "no"], 15),
    ];
    const result = agreement(pairs);
    expect(result.percent).toBeCloseTo(70);
    expect(result.kappa).toBeCloseTo(0.4);
  });

  it("is 1 for perfect agreement, 0 at chance level, negative below it", () => {
    expect(
      agreement([
        ["true", "true"],
        ["false", "false"],
        ["misleading", "misleading"],
      ]).kappa,
    ).toBe(1);
    // Each rater splits 50/50 independently of the other: agreement equals chance.
    expect(
      agreement([
        ["a", "a"],
        ["a", "b"],
        ["b", "a"],
        ["b", "b"],
      ]).kappa,
    ).toBeCloseTo(0);
    expect(
      agreement([
        ["a", "b"],
        ["b", "a"],
      ]).kappa,
    ).toBeCloseTo(-1);
  });

  it("has no kappa when both raters only ever used one rating, and nothing for no items", () => {
    expect(
      agreement([
        ["true", "true"],
        ["true", "true"],
      ]),
    ).toEqual({ items: 2, percent: 100, kappa: null });
    expect(agreement([])).toEqual({ items: 0, percent: 0, kappa: null });
  });
});
