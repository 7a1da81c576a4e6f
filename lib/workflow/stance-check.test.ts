import { describe, expect, it } from "vitest";
import { stanceWarning } from "./stance-check";

describe("the stance warning on a verdict", () => {
  it.each([
    ["false", ["SUPPORTS", "SUPPORTS"], /supports the claim, yet the rating says it is false/],
    ["mostly-false", ["SUPPORTS"], /supports the claim/],
    ["true", ["REFUTES"], /contradicts the claim, yet the rating says it is true/],
    ["mostly-true", ["REFUTES", "REFUTES"], /contradicts the claim/],
  ])("warns when a %s rating rests only on sources that say the opposite (%j)", (rating, stances, message) => {
    expect(stanceWarning(rating, stances)).toMatch(message);
  });

  it.each([
    ["false", ["SUPPORTS", "REFUTES"]],
    ["false", ["CONTEXT"]],
    ["true", ["SUPPORTS"]],
    ["misleading", ["SUPPORTS"]],
    ["false", []],
    [null, ["SUPPORTS"]],
  ])("says nothing for %s on %j", (rating, stances) => {
    expect(stanceWarning(rating, stances)).toBeNull();
  });
});
