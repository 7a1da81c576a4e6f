import { describe, expect, it } from "vitest";
import { notesByRound } from "./rounds";

const note = (kind: string, day: number, body: string) => ({ kind, body, createdAt: new Date(2026, 10, day) });

describe("a claim's notes by review round", () => {
  const notes = [
    note("NOTE", 9, "fiscal year"),
    note("SEND_BACK", 2, "needs a source"),
    note("SEND_BACK", 5, "wrong rating"),
  ];

  it("puts the note of the round under way first, and the earlier rounds after it, newest first", () => {
    const { current, earlier } = notesByRound(notes, false);
    expect(current).toMatchObject({ body: "fiscal year", round: 4 });
    expect(earlier.map((n) => [n.round, n.body])).toEqual([
      [3, "wrong rating"],
      [2, "needs a source"],
    ]);
  });

  it("has no round under way once the claim was verified after its last note", () => {
    const { current, earlier } = notesByRound(notes, true);
    expect(current).toBeNull();
    expect(earlier.map((n) => n.round)).toEqual([4, 3, 2]);
  });

  it("has nothing to show for a claim never sent back", () => {
    expect(notesByRound([], false)).toEqual({ current: null, earlier: [] });
  });
});
