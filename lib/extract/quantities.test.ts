import { describe, expect, it } from "vitest";
import { extractQuantities } from "./quantities";

describe("quantities", () => {
  it.each([
    [
      "shipped up to five million shells",
      { raw: "up to five million shells", value: 5_000_000, unit: "shells", hedge: "up to", currency: null },
    ],
    [
      "trade surged to over $28 billion by 2014",
      { value: 28_000_000_000, currency: "USD", hedge: "over", asOf: "2014", unit: null },
    ],
    ["dozens of missiles", { value: null, unit: "missiles", hedge: "dozens" }],
    ["5m people", { value: 5_000_000, unit: "people" }],
    ["5,000,000 doses", { value: 5_000_000, unit: "doses" }],
    ["a $28B deal", { value: 28_000_000_000, currency: "USD" }],
    ["28 billion dollars", { value: 28_000_000_000, currency: "USD", unit: null }],
    ["€3.5bn in aid", { value: 3_500_000_000, currency: "EUR" }],
    ["£4.2m budget", { value: 4_200_000, currency: "GBP" }],
    ["turnout was 61% in 2019", { value: 61, unit: "%", asOf: "2019" }],
    ["rose 2.5 percent", { value: 2.5, unit: "%" }],
    ["in 24 years", { value: 24, unit: "years" }],
    ["twenty-four years ago", { value: 24, unit: "years" }],
    ["nearly 2.5 million people", { value: 2_500_000, unit: "people", hedge: "nearly" }],
    ["some 375,000 people", { value: 375_000, hedge: "some", unit: "people" }],
    ["more than 450,000 people", { value: 450_000, hedge: "more than" }],
    ["the 30th opponent", { value: 30, unit: "ordinal" }],
    ["his first visit", { value: 1, unit: "ordinal" }],
  ])("reads %s", (text, expected) => {
    expect(extractQuantities(text)[0]).toMatchObject(expected);
  });

  it("does not read a year or a day of the month as a quantity", () => {
    expect(extractQuantities("The war ended in 1953.")).toEqual([]);
    expect(extractQuantities("Putin at the airport of Yakutsk, June 18, 2024.")).toEqual([]);
    expect(extractQuantities("on Tuesday, Nov. 19, 2019")).toEqual([]);
  });

  it("finds every quantity in order", () => {
    expect(extractQuantities("25 points and 10 assists").map((q) => [q.value, q.unit])).toEqual([
      [25, "points"],
      [10, "assists"],
    ]);
  });
});

// Issue 15.6: "19" was read as a quantity from "19 November 2019".
describe("days of the month are dates, not quantities", () => {
  it.each([
    "The rally was held on 19 November 2019.",
    "The 3 March vote was close.",
    "It happened on the 4th of July.",
  ])("%s has no quantity", (text) => {
    expect(extractQuantities(text).filter((q) => q.unit !== "ordinal")).toEqual([]);
  });

  it("keeps a number before a lower-case 'may'", () => {
    expect(extractQuantities("Up to 3 may attend the hearing.").map((q) => q.value)).toEqual([3]);
  });
});
