import { describe, expect, it } from "vitest";
import { describeVerdict } from "./describe-verdict";

// Issue 15.5: og:description read "True: True: …" when the summary began with the rating.
describe("a verdict in one line", () => {
  it.each([
    ["True", "The minutes record the vote.", "True: The minutes record the vote."],
    ["True", "True: the minutes record the vote.", "True: the minutes record the vote."],
    ["Mostly false", "Mostly false — the figure was 3%.", "Mostly false — the figure was 3%."],
    ["False", "false, the figure was 3%.", "false, the figure was 3%."],
    ["True", "Trucks carried the ballots.", "True: Trucks carried the ballots."],
  ])("%s + %j", (label, summary, expected) => {
    expect(describeVerdict(label, summary)).toBe(expected);
  });
});
