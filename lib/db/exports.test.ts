import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import Ajv2020 from "ajv/dist/2020";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { RATING_SCALE } from "../../seeds/rating-scale";
import { STATUS_LABEL } from "../claim-labels";
import { createTestUser } from "../../test/factories";
import { writeCsv } from "../export/csv";
import { writeJson } from "../export/json";
import { writeXlsx } from "../export/xlsx";
import { createArticle } from "./articles";
import { db } from "./client";
import { exportClaims, exportRows, resolveExportScope } from "./exports";

const tricky = [
  '=HYPERLINK("http://evil.example","click") costs $5',
  '+44 callers, "quoted", and a comma',
  "-3% growth\nacross two lines",
  "@mention with ünïcödé and 北朝鮮 and emoji 🚀",
];

async function collect(out: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await new Promise((resolve) => out.on("end", resolve));
  return Buffer.concat(chunks);
}

let articleId = "";
let editorActor: Awaited<ReturnType<typeof createTestUser>>;

beforeAll(async () => {
  await db().rating.createMany({ data: [...RATING_SCALE], skipDuplicates: true });
  const rating = await db().rating.findUniqueOrThrow({ where: { slug: "false" } });
  const reviewer = await createTestUser("REVIEWER");
  editorActor = await createTestUser("EDITOR");
  ({ id: articleId } = await createArticle(reviewer, {
    title: "Export test",
    body: `export fixture ${Math.random().toString(36).slice(2)}`,
  }));
  await db().claim.deleteMany({ where: { articleId } });
  for (const [i, text] of tricky.entries()) {
    const claim = await db().claim.create({
      data: { articleId, text, quote: "x", start: 0, end: 1, status: i < 3 ? "VERIFIED" : "IN_REVIEW" },
    });
    await db().source.create({
      data: {
        claimId: claim.id,
        url: `https://src.example/${i}`,
        publisher: "=cmd|' /C calc'!A0",
        stance: "REFUTES",
        addedById: reviewer.id,
      },
    });
    await db().verdict.create({
      data: {
        claimId: claim.id,
        version: 1,
        ratingId: rating.id,
        summary: `Summary ${i}, with "quotes"`,
        rationale: i === 1 ? 'Line one, "quoted"\nline two' : "",
        authorId: reviewer.id,
        signedOffById: editorActor.id,
        signedOffAt: new Date(Date.UTC(2026, 2, 1, 9, 5, 7, 123)),
      },
    });
  }
});

async function exported(includeAll = false) {
  const { where, label } = await resolveExportScope(editorActor, { articleId, includeAll });
  return { where, label };
}

describe("claim sheet exports", () => {
  it("writes CSV that parses back row by row, formulas neutralised, line breaks and Unicode kept", async () => {
    const { where } = await exported(true);
    const out = new PassThrough();
    const done = collect(out);
    expect(await writeCsv(exportRows(where, "https://desk.example"), out, { bom: true })).toBe(4);
    const text = (await done).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const records = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    const byId = new Map(records.map((r) => [r["Claim ID"], r]));
    const claims = await db().claim.findMany({ where: { articleId } });
    for (const c of claims) {
      const row = byId.get(c.id)!;
      expect(row.Claim.replace(/^'/, "")).toBe(c.text);
      expect(row.Claim).not.toMatch(/^[=+\-@]/);
      expect(row.Status).toBe(STATUS_LABEL[c.status]);
      expect(row.Rating).toBe("False");
      // Every source in one cell, with its stance and publisher, not just a count or a bare address.
      expect(row.Sources).toMatch(/^Refutes · =cmd\|' \/C calc'!A0 · https:\/\/src\.example\/\d$/);
      expect(row.Rationale).toBe(c.text.startsWith("+44") ? 'Line one, "quoted"\nline two' : "");
    }
    expect(records.find((r) => r.Claim.includes("two lines"))!.Claim).toBe("'-3% growth\nacross two lines");
  });

  it("exports only verified claims by default", async () => {
    const { where } = await exported(false);
    const rows = [];
    for await (const row of exportRows(where, "https://desk.example")) rows.push(row);
    expect(rows.map((r) => r.status)).toEqual(["Verified", "Verified", "Verified"]);
    // Times as ISO 8601 in UTC, to the millisecond, as they were stored.
    expect(rows.map((r) => r.signedOffAt)).toEqual(Array(3).fill("2026-03-01T09:05:07.123Z"));
    expect(rows[0].reviewedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("writes an XLSX workbook with Claims, Sources and About sheets, text cells never formulas", async () => {
    const { where, label } = await exported(true);
    const out = new PassThrough();
    const done = collect(out);
    await writeXlsx({ claims: exportClaims(where, "https://desk.example"), about: [["Exported", label]] }, out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await done) as unknown as ArrayBuffer);
    const claims = workbook.getWorksheet("Claims")!;
    expect(claims.getRow(1).getCell(2).value).toBe("Claim");
    expect(claims.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const cells = [];
    for (let r = 2; r <= claims.rowCount; r++) cells.push(claims.getRow(r).getCell(2));
    expect(cells.map((c) => c.value).sort()).toEqual([...tricky].sort());
    for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);
    const sources = workbook.getWorksheet("Sources")!;
    expect(sources.rowCount).toBe(5);
    expect(sources.getRow(1).values).toEqual([
      ,
      "Claim ID",
      "Claim",
      "Stance",
      "Primary",
      "Publisher",
      "Title",
      "Date",
      "URL",
      "Archived copy",
      "Excerpt",
    ]);
    // Keyed by the claim's wording too, and the formula-like publisher kept as text.
    for (let r = 2; r <= 5; r++) expect(tricky).toContain(sources.getRow(r).getCell(2).value);
    expect(sources.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(workbook.getWorksheet("About")!.getRow(1).values).toContain(label);
  });

  it("writes JSON that validates against docs/export.schema.json", async () => {
    const { where, label } = await exported(true);
    const out = new PassThrough();
    const done = collect(out);
    await writeJson(exportRows(where, "https://desk.example"), out, {
      exportedAt: new Date().toISOString(),
      scope: label,
    });
    const data = JSON.parse((await done).toString("utf8"));
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../docs/export.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.claims.map((c: { claim: string }) => c.claim).sort()).toEqual([...tricky].sort());
  });

  it("refuses what a role may not export, and scopes that do not exist", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await expect(resolveExportScope(reviewer, { articleId, includeAll: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(resolveExportScope(editorActor, { articleId: "nope" })).rejects.toMatchObject({
      userMessage: "That article does not exist.",
    });
    await expect(resolveExportScope(editorActor, { sessionId: "nope" })).rejects.toMatchObject({
      userMessage: "That session does not exist.",
    });
    await expect(resolveExportScope(editorActor, {})).rejects.toThrow(
      "Choose one article, one review session or a queue view to export.",
    );
  });
});
