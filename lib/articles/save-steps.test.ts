import { describe, expect, it } from "vitest";
import { saveSteps } from "./save-steps";

describe("saveSteps", () => {
  it("shows the running step and what comes next before any count is known", () => {
    expect(saveSteps({ step: "extracting" })).toEqual([
      { label: "Finding claims", state: "active" },
      { label: "Storing claims", state: "waiting" },
      { label: "Checking for matches in other articles", state: "waiting" },
    ]);
  });

  it("counts the claims found while they are stored, and stored once matching runs", () => {
    expect(saveSteps({ step: "storing", claims: 1 }).map((s) => [s.label, s.state])).toEqual([
      ["Found 1 claim", "done"],
      ["Storing claims", "active"],
      ["Checking for matches in other articles", "waiting"],
    ]);
    expect(saveSteps({ step: "matching", claims: 1550, background: false }).map((s) => [s.label, s.state])).toEqual([
      ["Found 1,550 claims", "done"],
      ["Stored 1,550 claims", "done"],
      ["Checking for matches in other articles", "active"],
    ]);
  });

  it("says where matching of a large article goes on, and marks everything done once saved", () => {
    const large = saveSteps({ step: "matching", claims: 155, background: true });
    expect(large[2]).toEqual({ label: "Matches with other articles: checked on the article's page", state: "done" });
    expect(saveSteps({ step: "matching", claims: 12, background: false }, true).every((s) => s.state === "done")).toBe(
      true,
    );
  });
});
