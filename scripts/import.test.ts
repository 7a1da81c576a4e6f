import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function runImport(args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/import.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
}

describe("npm run import", () => {
  it("imports files, reports each one, refuses bad ones clearly, and imports nothing twice", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "import-"));
    chmodSync(dir, 0o755);
    mkdirSync(path.join(dir, "in"));
    writeFileSync(
      path.join(dir, "in", "a.txt"),
      "Flood report\n\nThe council approved a £4.2m flood budget on Monday, officials said.\n",
    );
    writeFileSync(
      path.join(dir, "in", "b.md"),
      "# Jobs\n\nUnemployment fell to 3.5% in October, the statistics office said.\n",
    );
    writeFileSync(path.join(dir, "in", "c.txt"), Buffer.from([0, 1, 2, 3]));
    writeFileSync(path.join(dir, "in", "d.txt"), "");
    writeFileSync(path.join(dir, "in", "big.txt"), Buffer.alloc(10_000_001, 0x61));
    const url = process.env.DATABASE_URL!;

    const first = runImport([path.join(dir, "in")], url);
    expect(first.status).toBe(1);
    const lines = first.stdout.trim().split("\n");
    expect(lines.filter((l) => l.startsWith("imported"))).toHaveLength(2);
    expect(first.stdout).toContain("c.txt looks like a binary file, not text.");
    expect(first.stdout).toContain("d.txt is empty.");
    expect(first.stdout).toContain("big.txt is 10.0 MB; the limit is 10 MB.");
    expect(lines.at(-1)).toMatch(/^5 items in [\d.]+ s \([\d.]+ articles\/s\): 2 imported, 0 duplicates, 3 failed\.$/);

    const second = runImport([path.join(dir, "in", "a.txt"), path.join(dir, "in", "b.md")], url);
    expect(second.status).toBe(0);
    expect(second.stdout.trim().split("\n").at(-1)).toMatch(/: 0 imported, 2 duplicates, 0 failed\.$/);
  }, 60_000);

  it("explains a missing list of addresses and unknown options", () => {
    const url = process.env.DATABASE_URL!;
    expect(runImport(["--urls", "/nonexistent/list.txt"], url).stderr.trim()).toBe(
      "Cannot read the list of addresses: /nonexistent/list.txt does not exist or cannot be read.",
    );
    const bad = runImport(["--zip"], url);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe("Unknown option --zip. Usage: npm run import -- PATHS… | --urls FILE");
  });
});
