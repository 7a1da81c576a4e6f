/**
 * `npm run bench:import`: generates 200 articles, imports them into a fresh embedded database with
 * `npm run import`, then imports them again (nothing may be imported twice), printing articles/s.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const cities = ["Valencia", "Leeds", "Austin", "Lagos", "Osaka", "Porto", "Dublin", "Quito", "Gdansk", "Perth"];
const topics = [
  (c: string, n: number) =>
    `The ${c} council approved a £${n}.${n % 9}m flood budget on Monday, officials said. The plan pays for ${n * 3} new pumps.`,
  (c: string, n: number) =>
    `Unemployment in ${c} fell to ${(n % 7) + 2}.${n % 10}% in October, the statistics office said, down from ${(n % 7) + 3}% a year earlier.`,
  (c: string, n: number) =>
    `${c} FC beat Rovers ${n % 5}-${n % 3} on Saturday after a late goal by striker Ana Ruiz, her ${n % 20}th of the season.`,
  (c: string, n: number) =>
    `Researchers in ${c} reported that ${n * 11} patients took part in the trial, and ${n % 40}% of them improved within ${n % 12} weeks.`,
];

function article(i: number): string {
  const city = cities[i % cities.length];
  const lines = [`${city} report number ${i}`, ""];
  for (let p = 0; p < 6; p++) lines.push(topics[(i + p) % topics.length](city, i * 7 + p), "");
  lines.push("Sign in or Create a free account");
  return lines.join("\n");
}

const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
// Embedded Postgres runs as its own user when we are root: it must be able to enter this folder.
chmodSync(dir, 0o755);
mkdirSync(path.join(dir, "articles"));
for (let i = 0; i < 200; i++)
  writeFileSync(path.join(dir, "articles", `article-${String(i).padStart(3, "0")}.txt`), article(i));
const dataDir = path.join(dir, "data");

for (const run of ["first run", "second run (must import nothing)"]) {
  console.log(`\n── ${run}`);
  const res = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/import.ts", path.join(dir, "articles")],
    {
      cwd: root,
      env: { ...process.env, CLAIMDESK_DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    },
  );
  if (res.status === null || !res.stdout.trim())
    throw new Error(`import did not run: ${res.stderr || res.error?.message}`);
  const lines = res.stdout.trim().split("\n");
  console.log(lines.slice(0, 3).join("\n"));
  console.log("…");
  console.log(lines.slice(-1)[0]);
  const progress = res.stderr
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("["))
    .pop();
  if (progress) console.log(`progress bar: ${progress}`);
}
rmSync(dir, { recursive: true, force: true });
