import { once } from "node:events";
import { PassThrough, Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { COLUMNS, type ExportRow, type ExportSource } from "./columns";
import { writeXlsx } from "./xlsx";
import { columnLetter, inlineStringCell, MAX_CELL_CHARS, xmlAttr, xmlText } from "./xlsx-parts";

const row = (n: number, extra: Partial<ExportRow> = {}): ExportRow => ({
  ...(Object.fromEntries(COLUMNS.map((c) => [c.key, null])) as unknown as ExportRow),
  claimId: `c${n}`,
  claim: `Claim ${n}: the council spent ${n} million on roads`,
  quote: `quote ${n} `.repeat(10),
  type: "Statistic",
  quantities: "",
  articleTitle: "Article",
  status: "Verified",
  rating: "False",
  ratingColor: "#b91c1c",
  sources: "",
  publicUrl: `https://desk.example/verdicts/claim-${n}`,
  ...extra,
});
async function* withoutSources(rows: AsyncIterable<ExportRow>) {
  for await (const row of rows) yield { row, sources: [] };
}

async function readBack(rows: ExportRow[]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  async function* source() {
    yield* rows;
  }
  await writeXlsx({ claims: withoutSources(source()), about: [["What", "test"]] }, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

describe("the XLSX claim sheet", () => {
  it("keeps text as text, links as links and each rating in its colour", async () => {
    const workbook = await readBack([
      row(1, { claim: "=HYPERLINK(\"http://evil\") & <b>'quotes'</b>\u0007 line\nbreak" }),
      row(2, { rating: "True", ratingColor: "#15803d" }),
    ]);
    const claims = workbook.getWorksheet("Claims")!;
    expect(claims.rowCount).toBe(3);
    const first = claims.getRow(2);
    expect(first.getCell(2).value).toBe("=HYPERLINK(\"http://evil\") & <b>'quotes'</b> line\nbreak");
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.String);
    const url = first.getCell(COLUMNS.findIndex((c) => c.key === "publicUrl") + 1);
    expect(url.value).toMatchObject({ hyperlink: "https://desk.example/verdicts/claim-1" });
    const rating = (r: number) => claims.getRow(r).getCell(COLUMNS.findIndex((c) => c.key === "rating") + 1);
    expect(rating(2).fill).toMatchObject({ fgColor: { argb: "FFB91C1C" } });
    expect(rating(3).fill).toMatchObject({ fgColor: { argb: "FF15803D" } });
    expect(claims.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.getWorksheet("About")!.getRow(1).values).toEqual([, "What", "test"]);
  });

  it("lists every claim's sources on the Sources sheet, in claim order, with their links", async () => {
    const source = (n: number, url: string, archiveUrl: string | null = null): ExportSource => ({
      claimId: `c${n}`,
      claim: `Claim ${n}`,
      url,
      title: `Report ${n}`,
      publisher: "Statistics Office",
      publishedAt: "2026-03-01",
      archiveUrl,
      stance: "Supports",
      primary: n === 1,
      excerpt: "Spending on roads: 1 million",
    });
    async function* claims() {
      yield { row: row(1), sources: [source(1, "https://stats.example/1", "https://archive.example/1")] };
      yield { row: row(2), sources: [] };
      yield { row: row(3), sources: [source(3, "https://stats.example/3a"), source(3, "ftp://not-a-link")] };
    }
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    expect(await writeXlsx({ claims: claims(), about: [] }, out)).toBe(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Claims", "Sources", "About"]);
    const sheet = workbook.getWorksheet("Sources")!;
    const cells = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(sheet.rowCount).toBe(4);
    expect(cells(2).slice(0, 4)).toEqual(["c1", "Claim 1", "Supports", "Yes"]);
    expect(cells(2)[7]).toMatchObject({ hyperlink: "https://stats.example/1" });
    expect(cells(2)[8]).toMatchObject({ hyperlink: "https://archive.example/1" });
    expect(cells(3)[0]).toBe("c3");
    expect(cells(3)[7]).toMatchObject({ hyperlink: "https://stats.example/3a" });
    expect(cells(4)[7]).toBe("ftp://not-a-link");
    expect(cells(4)[9]).toBe("Spending on roads: 1 million");
  });

  it("stops reading claims while the reader stops reading, and finishes once it reads again", async () => {
    const total = 20_000;
    let pulled = 0;
    async function* rows() {
      for (let n = 1; n <= total; n++) {
        pulled++;
        yield row(n);
      }
    }
    let received = 0;
    let release: () => void = () => undefined;
    let stalled = new Promise<void>((resolve) => (release = resolve));
    let paused = true;
    // A client that takes the first bytes and then stops reading, as a stalled download does.
    const reader = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, done) {
        received += chunk.length;
        if (received < 64 * 1024 || !paused) return done();
        void stalled.then(() => done());
      },
    });
    const writing = writeXlsx({ claims: withoutSources(rows()), about: [] }, reader);
    await expect.poll(() => received).toBeGreaterThan(64 * 1024);
    // Without back-pressure every claim would be read (and held) before the next turn of the event loop.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(pulled).toBeLessThan(total / 4);
    paused = false;
    release();
    stalled = Promise.resolve();
    expect(await writing).toBe(total);
    if (!reader.writableFinished) await once(reader, "finish");
    expect(pulled).toBe(total);
  });

  it("fails with a message when the download is closed half-way", async () => {
    async function* rows() {
      for (let n = 1; n <= 50_000; n++) yield row(n);
    }
    const reader = new PassThrough();
    const writing = writeXlsx({ claims: withoutSources(rows()), about: [] }, reader);
    reader.once("data", () => reader.destroy());
    reader.resume();
    await expect(writing).rejects.toThrow("The download was closed before the workbook was complete.");
  });
});

describe("SpreadsheetML text", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("column %i is %s", (n, letter) => expect(columnLetter(n)).toBe(letter));

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(xmlText(`a<b>&"c'\u0000\u001Fd\te\n`)).toBe(`a&lt;b&gt;&amp;"c'd\te\n`);
    expect(xmlAttr(`https://x.example/?a=1&b="2"`)).toBe("https://x.example/?a=1&amp;b=&quot;2&quot;");
    expect(xmlText("nothing to escape")).toBe("nothing to escape");
  });

  it("shortens a cell Excel would refuse, saying so with an ellipsis", () => {
    const cell = inlineStringCell("A1", "x".repeat(MAX_CELL_CHARS + 10), 0);
    expect(cell).toContain(`${"x".repeat(MAX_CELL_CHARS - 1)}…</t>`);
  });
});
