import { describe, expect, it } from "vitest";
import { landingPath, waitingView } from "./landing";

describe("where a person lands after signing in", () => {
  it.each([
    ["REVIEWER", "/queue?view=mine"],
    ["EDITOR", "/queue?view=signoff"],
    ["ADMIN", "/admin/users"],
    [undefined, "/articles"],
    ["SOMETHING", "/articles"],
  ])("%s → %s", (role, path) => expect(landingPath(role)).toBe(path));

  it("counts a reviewer's own work and an editor's sign-offs in the navigation", () => {
    expect(waitingView("REVIEWER")).toBe("mine");
    expect(waitingView("EDITOR")).toBe("signoff");
    expect(waitingView("ADMIN")).toBe("signoff");
  });
});
