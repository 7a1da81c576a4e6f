/**
 * `npm run bench:save`: saving a pasted article through the real form in a real browser, as an
 * editor does, for 10 KB, 100 KB and 300 KB of text: from the click on "Save article" to the saved
 * article's page showing its claims. Target: under 3 s for 300 KB. Production server on loopback.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findBrowser } from "../lib/browser";
import { DEMO_USERS } from "../../seeds/demo-users";
import { benchDatabase, signIn, startBenchServer } from "./lib/server";

const root = path.resolve(__dirname, "../..");
const dataDir = ".data/bench-save";
const SIZES_KB = [10, 100, 300];

/** An article of about `kb` kilobytes: a sample story repeated with its figures changed. */
function article(kb: number): string {
  const base = readFileSync(path.join(root, "seeds", readSeedName()), "utf8");
  let body = "";
  for (let i = 0; body.length < kb * 1000; i++) body += `${base.replace(/\d+/g, (d) => String(Number(d) + i))}\n\n`;
  return body.slice(0, kb * 1000);
}

function readSeedName(): string {
  return readdirSync(path.join(root, "seeds")).find((f) => f.endsWith(".txt"))!;
}

async function main() {
  const { url, cluster } = await benchDatabase(dataDir);
  const { seedDatabase } = await import("../../lib/db/seed");
  await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: true });
  const server = await startBenchServer(dataDir, url);
  const found = findBrowser();
  const browser = await chromium.launch({
    executablePath: found?.kind === "system" ? found.path : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const editor = DEMO_USERS.find((u) => u.role === "EDITOR")!;
    const cookie = await signIn(server.base, editor.email, editor.password);
    const context = await browser.newContext({ baseURL: server.base });
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name, value, url: server.base }]);
    const page = await context.newPage();
    console.log("saving a pasted article in the browser (click to the saved article's claims)");
    const rows: [number, number][] = [];
    for (const kb of SIZES_KB) {
      await page.goto("/articles/new");
      const body = article(kb);
      await page.getByLabel("Article text").fill(body);
      await page.getByLabel("Headline").fill(`Bench article ${kb} KB ${Date.now()}`);
      const started = performance.now();
      await page.getByRole("button", { name: "Save article" }).click();
      await page.waitForURL(/\/articles\/(?!new)[^/?]+/, { timeout: 300_000 });
      await page.getByTestId("claim").first().waitFor({ timeout: 300_000 });
      const ms = performance.now() - started;
      rows.push([kb, ms]);
      console.log(`${String(kb).padStart(5)} KB  ${(ms / 1000).toFixed(2).padStart(6)} s`);
    }
    const [small, , large] = rows;
    console.log(
      `growth 10 KB → 300 KB: ×${(large[1] / small[1]).toFixed(1)} for ×30 the text; target: 300 KB under 3 s (${large[1] < 3000 ? "met" : "missed"})`,
    );
  } finally {
    await browser.close();
    await server.stop();
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:save failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
