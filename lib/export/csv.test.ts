import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { COLUMNS, neutralizeFormula, type ExportRow } from "./columns";
import { writeCsv } from "./csv";

function row(overrides: Partial<ExportRow>): ExportRow {
  const base = Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as unknown as ExportRow;
  return {
    ...base,
    claimId: "c1",
    claim: "A claim",
    quote: "A claim",
    type: "Statistic",
    quantities: "",
    articleTitle: "Article",
    status: "Verified",
    sources: "",
    ...overrides,
  };
}

async function csvOf(rows: ExportRow[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  async function* source() {
    yield* rows;
  }
  await writeCsv(source(), out);
  return Buffer.concat(chunks).toString("utf8");
}

/** Python's csv module, an independent reader: the number of fields in each row. */
function pythonFieldCounts(text: string): number[] {
  const run = spawnSync(
    "python3",
    ["-c", "import csv,sys,json; print(json.dumps([len(r) for r in csv.reader(sys.stdin)]))"],
    { input: text, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as number[];
}

// Issue 15.1: a lone line feed was not quoted, so every claim with two sources broke into three rows.
const cases: [string, Partial<ExportRow>][] = [
  [
    "two sources joined by a line feed",
    {
      sources:
        "Supports · Port Authority, “Annual report”, 2026-03-01 · https://a.example/1\nContext · https://b.example/2",
    },
  ],
  [
    "a rationale of several paragraphs, quoted words and commas",
    { rationale: 'The **report** says "41.2 million", not 41.\n\nThe office agrees, see table 3.' },
  ],
  ["a summary of several lines without any quote or comma", { summary: "First line\nsecond line\nthird line" }],
  ["a Windows line break and a lone carriage return", { summary: "one\r\ntwo\rthree" }],
  ["a semicolon-locale formula", { claim: "Exports rose;=cmd|' /C calc'!A0" }],
];

describe("CSV claim sheets read back by independent parsers", () => {
  it.each(cases)("%s stays one row of every column", async (_name, overrides) => {
    const text = await csvOf([row(overrides), row({ claimId: "c2" })]);
    expect(pythonFieldCounts(text)).toEqual([COLUMNS.length, COLUMNS.length, COLUMNS.length]);
    const records = parse(text, { relax_column_count: true }) as string[][];
    expect(records.map((r) => r.length)).toEqual([COLUMNS.length, COLUMNS.length, COLUMNS.length]);
    const [header, first] = records;
    for (const [key, value] of Object.entries(overrides)) {
      const cell = first[header.indexOf(COLUMNS.find((c) => c.key === key)!.header)];
      expect(cell.replace(/^'/, "")).toBe(String(value));
    }
  });

  it("neutralises a formula after any separator a spreadsheet honours, and leaves ordinary text alone", () => {
    expect(neutralizeFormula("Exports rose;=cmd|' /C calc'!A0")).toBe("'Exports rose;=cmd|' /C calc'!A0");
    expect(neutralizeFormula("rose,+1")).toBe("'rose,+1");
    expect(neutralizeFormula("line\n@SUM(A1)")).toBe("'line\n@SUM(A1)");
    expect(neutralizeFormula("=1+1")).toBe("'=1+1");
    expect(neutralizeFormula("GDP fell 2% - the lowest since 2009; officials, however, disagree")).toBe(
      "GDP fell 2% - the lowest since 2009; officials, however, disagree",
    );
  });
});
