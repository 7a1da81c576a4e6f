import { describe, expect, it } from "vitest";
import { ensureBrowser, findBrowser, type InstallStep } from "./browser";

const step = (name: string, when = true): InstallStep => ({ name, command: "true", args: [], when: () => when });

// Issue 17: on a machine without a browser, `npm test` failed every end-to-end test.
describe("the browser npm test uses", () => {
  it("prefers Playwright's own Chromium, then the system's", () => {
    expect(findBrowser({ playwrightChromium: () => "/pw/chrome", systemChromium: () => "/usr/bin/chromium" })).toEqual({
      path: "/pw/chrome",
      kind: "playwright",
    });
    expect(findBrowser({ playwrightChromium: () => null, systemChromium: () => "/usr/bin/chromium" })).toEqual({
      path: "/usr/bin/chromium",
      kind: "system",
    });
    expect(findBrowser({ playwrightChromium: () => null, systemChromium: () => null })).toBeNull();
  });

  it("installs one when there is none: Playwright's download first, then the system package", () => {
    let installed: string | null = null;
    const tried: string[] = [];
    const found = ensureBrowser({
      probe: { playwrightChromium: () => null, systemChromium: () => installed },
      steps: [step("Playwright's Chromium"), step("Debian's chromium package")],
      log: () => undefined,
      run: (s) => {
        tried.push(s.name);
        if (s.name === "Debian's chromium package") installed = "/usr/bin/chromium";
        return s.name !== "Playwright's Chromium";
      },
    });
    expect(tried).toEqual(["Playwright's Chromium", "Debian's chromium package"]);
    expect(found).toEqual({ path: "/usr/bin/chromium", kind: "system" });
  });

  it("skips what does not apply and reports failure when nothing works", () => {
    const tried: string[] = [];
    const found = ensureBrowser({
      probe: { playwrightChromium: () => null, systemChromium: () => null },
      steps: [step("Playwright's Chromium"), step("Debian's chromium package", false)],
      log: () => undefined,
      run: (s) => (tried.push(s.name), false),
    });
    expect(found).toBeNull();
    expect(tried).toEqual(["Playwright's Chromium"]);
  });
});
