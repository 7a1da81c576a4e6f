import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planAssignments } from "./assign";

const claims = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`);

describe("assignment strategies", () => {
  it("round-robin deals claims in turn", () => {
    const plan = planAssignments({ claimIds: claims(5), reviewerIds: ["ana", "ben"], strategy: "round-robin" });
    expect([...plan.values()]).toEqual([["ana"], ["ben"], ["ana"], ["ben"], ["ana"]]);
  });

  it("by load fills up whoever has the least open work first", () => {
    const plan = planAssignments({
      claimIds: claims(4),
      reviewerIds: ["ana", "ben", "cy"],
      strategy: "by-load",
      load: { ana: 3, ben: 0, cy: 1 },
    });
    expect([...plan.values()]).toEqual([["ben"], ["ben"], ["cy"], ["ben"]]);
  });

  it("a blind double review gives each claim two different reviewers", () => {
    const plan = planAssignments({
      claimIds: claims(3),
      reviewerIds: ["ana", "ben", "cy"],
      strategy: "round-robin",
      perClaim: 2,
    });
    expect([...plan.values()]).toEqual([
      ["ana", "ben"],
      ["cy", "ana"],
      ["ben", "cy"],
    ]);
    expect(() =>
      planAssignments({ claimIds: claims(1), reviewerIds: ["ana"], strategy: "by-load", perClaim: 2 }),
    ).toThrow("Assigning needs at least 2 reviewers in the session.");
  });

  it("both strategies keep everyone within one claim of each other when starting level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom("round-robin" as const, "by-load" as const),
        (n, people, strategy) => {
          const reviewerIds = Array.from({ length: people }, (_, i) => `r${i}`);
          const counts = new Map(reviewerIds.map((r) => [r, 0]));
          for (const [who] of planAssignments({ claimIds: claims(n), reviewerIds, strategy }).values())
            counts.set(who, counts.get(who)! + 1);
          const values = [...counts.values()];
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
