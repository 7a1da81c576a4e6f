import { describe, expect, it } from "vitest";
import { extractDates } from "./dates";

const ref = new Date("2024-06-18T00:00:00Z");

describe("dates", () => {
  it.each([
    ["at the airport, June 18, 2024", "June 18, 2024", "2024-06-18"],
    ["on 5 March 2021 the court ruled", "5 March 2021", "2021-03-05"],
    ["Tuesday, Nov. 19, 2019", "Nov. 19, 2019", "2019-11-19"],
    ["in May 2023", "May 2023", "2023-05"],
    ["the fighting ended in 1953", "1953", "1953"],
    ["published 2024-02-29", "2024-02-29", "2024-02-29"],
  ])("resolves %s", (text, raw, iso) => {
    expect(extractDates(text)).toEqual([{ raw, iso }]);
  });

  it("resolves relative dates against the article's date", () => {
    expect(extractDates("Kim visited last September", ref)).toEqual([{ raw: "last September", iso: "2023-09" }]);
    expect(extractDates("prices rose last year", ref)).toEqual([{ raw: "last year", iso: "2023" }]);
    expect(extractDates("the vote is next month", ref)).toEqual([{ raw: "next month", iso: "2024-07" }]);
  });

  it("keeps a weekday it cannot resolve, without an ISO date", () => {
    expect(extractDates("They sign on Wednesday")).toEqual([{ raw: "Wednesday", iso: null }]);
  });

  it("does not read the verb 'may' as a month", () => {
    expect(extractDates("North Korea may have shipped shells")).toEqual([]);
  });
});
