import { describe, expect, it } from "vitest";
import { comfortableScrollTop } from "./comfortable-scroll";

const viewport = { height: 900, scrollY: 1000 };

describe("where an opened claim is scrolled to", () => {
  it("leaves words already comfortably in view where they are", () => {
    expect(comfortableScrollTop({ top: 300, bottom: 340 }, viewport)).toBeNull();
  });

  it.each([
    ["at the bottom edge", { top: 860, bottom: 900 }, 1000 + 860 - 300],
    ["below the screen", { top: 2400, bottom: 2440 }, 1000 + 2400 - 300],
    ["under the top edge", { top: 20, bottom: 60 }, 1000 + 20 - 300],
    ["above the screen", { top: -500, bottom: -460 }, 1000 - 500 - 300],
  ])("brings words %s to a third of the way down", (_, target, top) => {
    expect(comfortableScrollTop(target, viewport)).toBe(top);
  });

  it("never scrolls above the top of the page", () => {
    expect(comfortableScrollTop({ top: 10, bottom: 40 }, { height: 900, scrollY: 0 })).toBe(0);
  });
});
