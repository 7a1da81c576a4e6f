/** First step of `npm test`: make sure the end-to-end tests have a browser, installing one if need be. */
import { ensureBrowser, NO_BROWSER_MESSAGE } from "./lib/browser";

const browser = ensureBrowser();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
console.log(
  `Browser for the end-to-end tests: ${browser.path} (${browser.kind === "playwright" ? "Playwright's own" : "the system's"})`,
);
