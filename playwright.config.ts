import { defineConfig, devices } from "@playwright/test";
import { findBrowser } from "./scripts/lib/browser";

const PORT = 3100;
const SITE_PORT = 3199;
// Playwright's own Chromium when it is installed, else the system's (`npm test` installs one first if need be).
const browser = findBrowser();
const systemChromium = browser?.kind === "system" ? browser.path : undefined;

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The real production server: `npm start`'s own script on a fresh embedded database.
  webServer: [
    {
      command: "node --import tsx --conditions=react-server scripts/start.ts --fresh",
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // The URL importer may fetch the local fixture site below, and only that host.
      env: {
        PORT: String(PORT),
        CLAIMDESK_DATA_DIR: ".data/e2e",
        DATABASE_URL: "",
        NEXTAUTH_URL: "",
        NEXTAUTH_SECRET: "",
        CLAIMDESK_FETCH_ALLOW_HOSTS: "127.0.0.1",
      },
    },
    {
      command: "node e2e/fixtures/site-server.mjs",
      url: `http://127.0.0.1:${SITE_PORT}/health`,
      reuseExistingServer: false,
      env: { SITE_PORT: String(SITE_PORT) },
    },
  ],
});
