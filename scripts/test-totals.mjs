#!/usr/bin/env node
// Prints the combined totals of the Vitest and Playwright JSON reports as CI's closing line.
import { existsSync, readFileSync } from "node:fs";

function read(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

let passed = 0;
let failed = 0;

const vitest = read("reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  // A file that fails to load has no failed test of its own: count the file.
  const failedTests = vitest.numFailedTests ?? 0;
  failed += failedTests || (vitest.success === false ? Math.max(1, vitest.numFailedTestSuites ?? 0) : 0);
} else {
  failed += 1;
  console.log("No Vitest report was written (reports/vitest.json): counting the unit and integration run as failed.");
}

const playwright = read("reports/playwright.json");
if (playwright) {
  passed += playwright.stats?.expected ?? 0;
  failed += (playwright.stats?.unexpected ?? 0) + (playwright.stats?.flaky ?? 0);
  for (const error of playwright.errors ?? []) {
    failed += 1;
    console.log(`Playwright error: ${String(error.message ?? error).split("\n")[0]}`);
  }
} else {
  failed += 1;
  console.log("No Playwright report was written (reports/playwright.json): counting the e2e run as failed.");
}

console.log(`tests: ${passed} passed, ${failed} failed`);
