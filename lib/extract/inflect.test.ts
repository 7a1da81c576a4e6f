import { describe, expect, it } from "vitest";
import { pastOf, presentOf } from "./inflect";

describe("verb forms for restated participles", () => {
  it.each([
    ["cite", "cited"],
    ["try", "tried"],
    ["stop", "stopped"],
    ["admit", "admitted"],
    ["refer", "referred"],
    ["control", "controlled"],
    ["visit", "visited"],
    ["open", "opened"],
    ["spread", "spread"],
  ])("the past of %s is %s", (base, past) => {
    expect(pastOf(base)).toBe(past);
  });

  it.each([
    ["spread", false, "spreads"],
    ["spread", true, "spread"],
    ["carry", false, "carries"],
    ["be", false, "is"],
  ])("the present of %s (plural %s) is %s", (base, plural, present) => {
    expect(presentOf(base, plural)).toBe(present);
  });
});
