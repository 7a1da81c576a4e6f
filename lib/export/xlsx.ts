import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import archiver from "archiver";
import { COLUMNS, type ExportRow, type ExportSource } from "./columns";
import {
  autoFilter,
  columnLetter,
  contentTypes,
  hyperlinkRef,
  hyperlinkRel,
  inlineStringCell,
  PACKAGE_RELS,
  RELS_END,
  RELS_START,
  sheetStart,
  StyleTable,
  workbook,
  workbookRels,
} from "./xlsx-parts";

export type XlsxInput = {
  rows: AsyncIterable<ExportRow>;
  sources: () => AsyncIterable<ExportSource>;
  about: [string, string][];
};

/** A sheet's rows as cells: text (or nothing), each with its style and, for a link, its address. */
type SheetCell = { text: string | null; style: number; link?: boolean };
type Sheet<T> = {
  name: string;
  columns: { header: string; width: number; style: number }[];
  /** "filter": a frozen, filterable header row; "none": the sheet starts with its rows. */
  header: "filter" | "none";
  rows: AsyncIterable<T> | Iterable<T>;
  cells: (row: T) => SheetCell[];
};

const CHUNK_CHARS = 64 * 1024;
const isLink = (value: string | null): value is string => value !== null && /^https?:\/\//.test(value);

/**
 * Writes one part of the package and honours back-pressure all the way to the reader: each chunk
 * waits until the zip stream (and behind it the client's connection) has taken the previous ones,
 * so memory stays the same however slowly the file is downloaded and however many rows it has.
 */
class Part {
  private readonly stream = new PassThrough();
  private buffered = "";

  constructor(
    zip: archiver.Archiver,
    name: string,
    private readonly failed: Promise<never>,
  ) {
    zip.append(this.stream, { name });
  }

  async write(text: string): Promise<void> {
    this.buffered += text;
    if (this.buffered.length >= CHUNK_CHARS) await this.flush();
  }

  async end(text = ""): Promise<void> {
    this.buffered += text;
    await this.flush();
    this.stream.end();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffered;
    this.buffered = "";
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, "drain"), this.failed]);
  }
}

/** Link targets, kept on disk while a sheet is written (they belong after its rows), so memory stays flat. */
class LinkList {
  count = 0;
  private readonly file: string;
  private readonly out: WriteStream;

  private failure: Error | undefined;

  constructor(dir: string, name: string) {
    this.file = path.join(dir, name);
    this.out = createWriteStream(this.file);
    // Reported by the next add or close (a full disk), or moot once the export has failed already.
    this.out.on("error", (err) => (this.failure = err));
  }

  async add(ref: string, url: string): Promise<number> {
    if (this.failure) throw this.failure;
    // A link's address has no line breaks or tabs (isLink accepts only http(s) addresses, trimmed by the exporter).
    if (!this.out.write(`${ref}\t${url.replace(/[\t\r\n]/g, "")}\n`)) await once(this.out, "drain");
    return ++this.count;
  }

  /** Lets go of the file, finished or not (an export that failed half-way). */
  dispose(): void {
    this.out.destroy();
  }

  /** Ends the list; it can then be read as many times as needed. */
  async close(): Promise<void> {
    this.out.end();
    await finished(this.out);
    if (this.failure) throw this.failure;
  }

  async *entries(): AsyncGenerator<{ id: number; ref: string; url: string }> {
    let id = 0;
    for await (const line of createInterface({ input: createReadStream(this.file), crlfDelay: Infinity })) {
      const tab = line.indexOf("\t");
      yield { id: ++id, ref: line.slice(0, tab), url: line.slice(tab + 1) };
    }
  }
}

async function writeSheet<T>(
  zip: archiver.Archiver,
  index: number,
  sheet: Sheet<T>,
  dir: string,
  failed: Promise<never>,
): Promise<number> {
  const part = new Part(zip, `xl/worksheets/sheet${index}.xml`, failed);
  const links = new LinkList(dir, `links-${index}`);
  try {
    await part.write(sheetStart(sheet.columns, sheet.header === "filter"));
    let r = 0;
    if (sheet.header === "filter") {
      r++;
      await part.write(
        `<row r="1">${sheet.columns.map((c, i) => inlineStringCell(`${columnLetter(i + 1)}1`, c.header, StyleTable.HEADER)).join("")}</row>`,
      );
    }
    const letters = sheet.columns.map((_, i) => columnLetter(i + 1));
    for await (const item of sheet.rows) {
      r++;
      const cells = sheet.cells(item);
      let xml = `<row r="${r}">`;
      for (let i = 0; i < cells.length; i++) {
        const { text, style, link } = cells[i];
        if (text === null || text === "") continue;
        const ref = `${letters[i]}${r}`;
        xml += inlineStringCell(ref, text, style);
        if (link && isLink(text)) await links.add(ref, text);
      }
      await part.write(`${xml}</row>`);
    }
    await part.write(`</sheetData>${sheet.header === "filter" ? autoFilter(sheet.columns.length) : ""}`);
    await links.close();
    // The sheet names each link's cell; its relationships part (written after it, as the zip takes
    // parts one at a time) holds the addresses.
    if (links.count > 0) {
      await part.write("<hyperlinks>");
      for await (const { id, ref } of links.entries()) await part.write(hyperlinkRef(ref, id));
      await part.end("</hyperlinks></worksheet>");
      const rels = new Part(zip, `xl/worksheets/_rels/sheet${index}.xml.rels`, failed);
      await rels.write(RELS_START);
      for await (const { id, url } of links.entries()) await rels.write(hyperlinkRel(id, url));
      await rels.end(RELS_END);
    } else {
      await part.end("</worksheet>");
    }
    return sheet.header === "filter" ? r - 1 : r;
  } finally {
    links.dispose();
  }
}

function claimCells(styles: StyleTable): (row: ExportRow) => SheetCell[] {
  const base = COLUMNS.map((c) => (c.width >= 40 ? StyleTable.WRAP : StyleTable.TOP));
  return (row) =>
    COLUMNS.map((c, i) => ({
      text: row[c.key] ?? null,
      style: c.key === "rating" && row.rating ? styles.rating(row.ratingColor) : base[i],
      link: c.link,
    }));
}

const SOURCE_COLUMNS: { key: keyof ExportSource; header: string; width: number; link?: boolean }[] = [
  { key: "claimId", header: "Claim ID", width: 27 },
  { key: "claim", header: "Claim", width: 50 },
  { key: "stance", header: "Stance", width: 12 },
  { key: "primary", header: "Primary", width: 9 },
  { key: "publisher", header: "Publisher", width: 24 },
  { key: "title", header: "Title", width: 36 },
  { key: "publishedAt", header: "Date", width: 12 },
  { key: "url", header: "URL", width: 50, link: true },
  { key: "archiveUrl", header: "Archived copy", width: 40, link: true },
  { key: "excerpt", header: "Excerpt", width: 60 },
];

function sourceCells(s: ExportSource): SheetCell[] {
  return SOURCE_COLUMNS.map((c) => {
    const value = s[c.key];
    const text = typeof value === "boolean" ? (value ? "Yes" : "No") : value;
    return { text, style: StyleTable.PLAIN, link: c.link };
  });
}

function aboutCells([k, v]: [string, string]): SheetCell[] {
  return [
    { text: k, style: StyleTable.BOLD },
    { text: v, style: StyleTable.PLAIN },
  ];
}

/**
 * The claim sheet as a workbook, streamed: "Claims" with a frozen, filterable header, links and
 * rating colours; "Sources", one row per source, keyed by claim id and wording; "About", what was
 * exported, how, by whom and when. Every cell is text, never a formula. Returns the claim count.
 */
export async function writeXlsx(input: XlsxInput, out: Writable): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "claimdesk-xlsx-"));
  // The fastest deflate level: sheets of text shrink nearly as much, in about half the time.
  const zip = archiver("zip", { zlib: { level: 1 } });
  const failed = new Promise<never>((_, reject) => {
    zip.once("error", reject);
    zip.once("warning", reject);
    out.once("close", () => reject(new Error("The download was closed before the workbook was complete.")));
  });
  failed.catch(() => undefined);
  const written = finished(out);
  written.catch(() => undefined);
  zip.pipe(out);
  const styles = new StyleTable();
  const plainColumns = (cols: { header: string; width: number }[], style: number) =>
    cols.map((c) => ({ header: c.header, width: c.width, style }));
  const claims: Sheet<ExportRow> = {
    name: "Claims",
    columns: plainColumns(COLUMNS, StyleTable.TOP),
    header: "filter",
    rows: input.rows,
    cells: claimCells(styles),
  };
  const sources: Sheet<ExportSource> = {
    name: "Sources",
    columns: plainColumns(SOURCE_COLUMNS, StyleTable.PLAIN),
    header: "filter",
    rows: input.sources(),
    cells: sourceCells,
  };
  const about: Sheet<[string, string]> = {
    name: "About",
    columns: [
      { header: "", width: 24, style: StyleTable.PLAIN },
      { header: "", width: 80, style: StyleTable.PLAIN },
    ],
    header: "none",
    rows: input.about,
    cells: aboutCells,
  };
  try {
    const count = await writeSheet(zip, 1, claims, dir, failed);
    await writeSheet(zip, 2, sources, dir, failed);
    await writeSheet(zip, 3, about, dir, failed);
    // The workbook lists the sheets in the order written, naming the filter range of each filtered one.
    const sheets = [claims, sources, about].map((sheet) => ({
      name: sheet.name,
      filterColumns: sheet.header === "filter" ? sheet.columns.length : undefined,
    }));
    zip.append(styles.xml(), { name: "xl/styles.xml" });
    zip.append(workbook(sheets), { name: "xl/workbook.xml" });
    zip.append(workbookRels(sheets.length), { name: "xl/_rels/workbook.xml.rels" });
    zip.append(contentTypes(sheets.length), { name: "[Content_Types].xml" });
    zip.append(PACKAGE_RELS, { name: "_rels/.rels" });
    await Promise.race([zip.finalize(), failed]);
    await written;
    return count;
  } catch (err) {
    zip.abort();
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
