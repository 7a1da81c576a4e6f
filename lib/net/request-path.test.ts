import { describe, expect, it } from "vitest";
import { isWellFormedPath } from "./request-path";

describe("addresses the app can decode", () => {
  it.each(["/articles/abc", "/queue?view=all&q=Marin", "/verdicts/caf%C3%A9-1", "/queue?q=%E0%A4%A"])(
    "%s is well formed (a query is decoded leniently)",
    (url) => {
      expect(isWellFormedPath(url)).toBe(true);
    },
  );

  it.each(["/articles/%E0%A4%A", "/%", "/verdicts/%ZZ"])("%s is not", (url) => {
    expect(isWellFormedPath(url)).toBe(false);
  });
});
