import { describe, expect, it } from "vitest";
import { assertCan, can, type Actor } from "./permissions";

const actor = (role: Actor["role"]): Actor => ({ id: "u1", role, name: "N", email: "n@example.test" });

describe("role permissions", () => {
  it.each([
    ["REVIEWER", "verdict.draft", true],
    ["REVIEWER", "verdict.signoff", false],
    ["REVIEWER", "verdict.publish", false],
    ["REVIEWER", "user.manage", false],
    ["EDITOR", "verdict.signoff", true],
    ["EDITOR", "claim.assign", true],
    ["EDITOR", "user.manage", false],
    ["ADMIN", "user.manage", true],
    ["ADMIN", "verdict.publish", true],
  ] as const)("%s may %s: %s", (role, permission, expected) => {
    expect(can(actor(role), permission)).toBe(expected);
  });

  it("refuses a signed-out visitor with a sign-in message", () => {
    expect(() => assertCan(null, "article.read")).toThrow("Please sign in to continue.");
  });

  it("refuses a role without the permission as FORBIDDEN", () => {
    expect(() => assertCan(actor("REVIEWER"), "user.manage")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
