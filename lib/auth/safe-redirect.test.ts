import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const origin = "http://127.0.0.1:3100";

// Issue 19.6: `/\127.0.0.1:3922/x` passed the old "starts with one slash" check.
describe("the address to return to after signing in", () => {
  it.each([
    "/\\127.0.0.1:3922/x",
    "/\\\\evil.example/",
    "/\t/evil.example/",
    "//evil.example/x",
    "/\n/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "",
  ])("refuses %j and goes to the workbench instead", (raw) => {
    expect(safeRedirectPath(raw, origin)).toBe("/articles");
  });

  it.each([
    ["/queue?view=all&q=Marin", "/queue?view=all&q=Marin"],
    ["/articles/abc#claim-1", "/articles/abc#claim-1"],
    ["/sessions/s1", "/sessions/s1"],
  ])("keeps the same-site link %s", (raw, expected) => {
    expect(safeRedirectPath(raw, origin)).toBe(expected);
  });
});
