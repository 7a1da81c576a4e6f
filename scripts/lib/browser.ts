import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where a browser for the end-to-end tests can be found, in the order they are preferred. */
export type BrowserProbe = {
  playwrightChromium: () => string | null;
  systemChromium: () => string | null;
};

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const defaultProbe: BrowserProbe = {
  playwrightChromium: () => {
    try {
      // playwright-core comes with @playwright/test; it knows where its own download would be.
      const path = (
        createRequire(__filename)("playwright-core") as { chromium: { executablePath(): string } }
      ).chromium.executablePath();
      return path && existsSync(path) ? path : null;
    } catch {
      return null;
    }
  },
  systemChromium: () => SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null,
};

/** The browser to launch: Playwright's own when it is installed, else a system Chromium, else none. */
export function findBrowser(
  probe: BrowserProbe = defaultProbe,
): { path: string; kind: "playwright" | "system" } | null {
  const own = probe.playwrightChromium();
  if (own) return { path: own, kind: "playwright" };
  const system = probe.systemChromium();
  return system ? { path: system, kind: "system" } : null;
}

export type InstallStep = { name: string; command: string; args: string[]; when: () => boolean };

/** What `npm test` tries, in order, on a machine with no browser: Playwright's download, then Debian's package as root. */
export function installSteps(isRoot = process.getuid?.() === 0): InstallStep[] {
  return [
    { name: "Playwright's Chromium", command: "npx", args: ["playwright", "install", "chromium"], when: () => true },
    {
      name: "Debian's chromium package",
      command: "sh",
      args: ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null"],
      when: () => isRoot && existsSync("/usr/bin/apt-get"),
    },
  ];
}

export const NO_BROWSER_MESSAGE =
  "npm test needs Chromium for its browser tests and could not install one: run `npx playwright install chromium`, or install your system's chromium package (Debian/Ubuntu: sudo apt-get install chromium), then run npm test again.";

/** Finds a browser, installing one when there is none; null (with nothing installed) when every way failed. */
export function ensureBrowser(
  opts: {
    probe?: BrowserProbe;
    steps?: InstallStep[];
    log?: (m: string) => void;
    run?: (s: InstallStep) => boolean;
  } = {},
) {
  const probe = opts.probe ?? defaultProbe;
  const log = opts.log ?? ((m: string) => console.log(m));
  const run =
    opts.run ?? ((s: InstallStep) => spawnSync(s.command, s.args, { stdio: "inherit", timeout: 300_000 }).status === 0);
  const found = findBrowser(probe);
  if (found) return found;
  for (const step of opts.steps ?? installSteps()) {
    if (!step.when()) continue;
    log(`No browser for the end-to-end tests yet: installing ${step.name}…`);
    if (run(step)) {
      const installed = findBrowser(probe);
      if (installed) return installed;
    }
  }
  return null;
}
