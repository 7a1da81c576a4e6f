import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { COLUMNS, type ExportRow } from "./columns";
import { writeXlsx } from "./xlsx";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => spawnSync(p, ["--version"]).status === 0);

const row = (claim: string): ExportRow => ({
  ...(Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as unknown as ExportRow),
  claimId: "c1",
  claim,
  quote: "q",
  type: "STATISTIC",
  quantities: "",
  articleTitle: "Article",
  status: "VERIFIED",
  rating: "False",
  ratingColor: "#b91c1c",
  rationale: null,
  sources: "",
});

async function* claims() {
  yield { row: row("=SUM(1,2) in text, 北朝鮮, line\nbreak"), sources: [] };
}

// Runs where LibreOffice is installed (checked by hand on the developer machine; CI may not have it).
describe.skipIf(!soffice)("LibreOffice reads the workbook", () => {
  it("converts the Claims sheet to CSV with the text intact and the formula not evaluated", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lo-"));
    const file = path.join(dir, "sheet.xlsx");
    await writeXlsx({ claims: claims(), about: [["What", "test"]] }, createWriteStream(file));
    const run = spawnSync(
      soffice!,
      ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, file],
      { encoding: "utf8", timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    expect(run.status).toBe(0);
    const [record] = parse(readFileSync(path.join(dir, "sheet.csv"), "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(record.Claim).toBe("=SUM(1,2) in text, 北朝鮮, line\nbreak");
    expect(record.Rating).toBe("False");
  }, 150_000);
});
