import { once } from "node:events";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import archiver from "archiver";
import { COLUMNS, type ExportedClaim, type ExportRow, type ExportSource } from "./columns";
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
  claims: AsyncIterable<ExportedClaim>;
  about: [string, string][];
};

/** How a sheet's column reads its cell from a row: text (or nothing), its style, and whether it is a link. */
type CellOf<T> = { text: (item: T) => string | null; style: (item: T) => number; link?: boolean };
type SheetLayout = {
  name: string;
  columns: { header: string; width: number; style: number }[];
  /** "filter": a frozen, filterable header row; "none": the sheet starts with its rows. */
  header: "filter" | "none";
};
type TextSink = { write(text: string): Promise<void> };

const CHUNK_CHARS = 64 * 1024;
const isLink = (value: string | null): value is string => value !== null && /^https?:\/\//.test(value);

/** Gathers text into chunks of about 64 KB, so each write below is large and back-pressure is checked per chunk. */
abstract class ChunkedText implements TextSink {
  private buffered = "";

  async write(text: string): Promise<void> {
    this.buffered += text;
    if (this.buffered.length >= CHUNK_CHARS) await this.flush();
  }

  protected async flush(): Promise<void> {
    const chunk = this.buffered;
    this.buffered = "";
    await this.send(chunk);
  }

  /** Writes one chunk, waiting while the destination is full. */
  protected abstract send(chunk: string): Promise<void>;
}

/**
 * Writes one part of the package and honours back-pressure all the way to the reader: each chunk
 * waits until the zip stream (and behind it the client's connection) has taken the previous ones,
 * so memory stays the same however slowly the file is downloaded and however many rows it has.
 * The zip takes parts one at a time, in the order they are first written to.
 */
class Part extends ChunkedText {
  private readonly stream = new PassThrough();
  private queued = false;

  constructor(
    private readonly zip: archiver.Archiver,
    private readonly name: string,
    private readonly failed: Promise<never>,
  ) {
    super();
  }

  async end(text = ""): Promise<void> {
    await this.write(text);
    await this.flush();
    this.stream.end();
  }

  protected async send(chunk: string): Promise<void> {
    if (!this.queued) this.zip.append(this.stream, { name: this.name });
    this.queued = true;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, "drain"), this.failed]);
  }
}

/** Text kept on disk until the part it belongs to is written, so memory stays flat. */
class Spool extends ChunkedText {
  private readonly out: WriteStream;
  private failure: Error | undefined;

  constructor(private readonly file: string) {
    super();
    this.out = createWriteStream(file);
    // Reported by the next write or close (a full disk), or moot once the export has failed already.
    this.out.on("error", (err) => (this.failure = err));
  }

  protected async send(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }

  /** Lets go of the file, finished or not (an export that failed half-way). */
  dispose(): void {
    this.out.destroy();
  }

  /** Ends the text; it can then be read as many times as needed. */
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await finished(this.out);
    if (this.failure) throw this.failure;
  }

  chunks(): AsyncIterable<string> {
    return createReadStream(this.file, { encoding: "utf8", highWaterMark: CHUNK_CHARS });
  }

  lines(): AsyncIterable<string> {
    return createInterface({ input: createReadStream(this.file), crlfDelay: Infinity });
  }
}

/** A sheet's link targets, which belong after its rows. */
class LinkList {
  count = 0;
  readonly spool: Spool;

  constructor(dir: string, name: string) {
    this.spool = new Spool(path.join(dir, name));
  }

  async add(ref: string, url: string): Promise<void> {
    // A link's address has no line breaks or tabs (isLink accepts only http(s) addresses, trimmed by the exporter).
    await this.spool.write(`${ref}\t${url.replace(/[\t\r\n]/g, "")}\n`);
    this.count++;
  }

  async *entries(): AsyncGenerator<{ id: number; ref: string; url: string }> {
    let id = 0;
    for await (const line of this.spool.lines()) {
      const tab = line.indexOf("\t");
      yield { id: ++id, ref: line.slice(0, tab), url: line.slice(tab + 1) };
    }
  }
}

/** Numbers a sheet's rows and writes their cells to `out`, keeping its links for the end of the sheet. */
class SheetRows<T> {
  private r: number;
  private readonly letters: string[];
  readonly links: LinkList;

  constructor(
    private readonly layout: SheetLayout,
    private readonly cells: CellOf<T>[],
    private readonly out: TextSink,
    dir: string,
    index: number,
  ) {
    this.r = layout.header === "filter" ? 1 : 0;
    this.letters = cells.map((_, i) => columnLetter(i + 1));
    this.links = new LinkList(dir, `links-${index}`);
  }

  get count(): number {
    return this.layout.header === "filter" ? this.r - 1 : this.r;
  }

  async add(item: T): Promise<void> {
    const r = ++this.r;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < this.cells.length; i++) {
      const cell = this.cells[i];
      const text = cell.text(item);
      if (text === null || text === "") continue;
      const ref = `${this.letters[i]}${r}`;
      xml += inlineStringCell(ref, text, cell.style(item));
      if (cell.link && isLink(text)) await this.links.add(ref, text);
    }
    await this.out.write(`${xml}</row>`);
  }

  dispose(): void {
    this.links.spool.dispose();
  }
}

/** The start of a sheet's part: its columns and, for a filtered sheet, the header row. */
function sheetHead(layout: SheetLayout): string {
  const head = sheetStart(layout.columns, layout.header === "filter");
  if (layout.header === "none") return head;
  const cells = layout.columns.map((c, i) => inlineStringCell(`${columnLetter(i + 1)}1`, c.header, StyleTable.HEADER));
  return `${head}<row r="1">${cells.join("")}</row>`;
}

/** Ends a sheet's part after its rows: the filter, the links' cells, then the links' addresses in a part of their own. */
async function endSheet(
  zip: archiver.Archiver,
  index: number,
  layout: SheetLayout,
  part: Part,
  links: LinkList,
  failed: Promise<never>,
): Promise<void> {
  await part.write(`</sheetData>${layout.header === "filter" ? autoFilter(layout.columns.length) : ""}`);
  await links.spool.close();
  if (links.count === 0) return part.end("</worksheet>");
  await part.write("<hyperlinks>");
  for await (const { id, ref } of links.entries()) await part.write(hyperlinkRef(ref, id));
  await part.end("</hyperlinks></worksheet>");
  const rels = new Part(zip, `xl/worksheets/_rels/sheet${index}.xml.rels`, failed);
  await rels.write(RELS_START);
  for await (const { id, url } of links.entries()) await rels.write(hyperlinkRel(id, url));
  await rels.end(RELS_END);
}

function claimCells(styles: StyleTable): CellOf<ExportRow>[] {
  return COLUMNS.map((c) => {
    const base = c.width >= 40 ? StyleTable.WRAP : StyleTable.TOP;
    return {
      text: (row) => row[c.key] ?? null,
      style: c.key === "rating" ? (row) => (row.rating ? styles.rating(row.ratingColor) : base) : () => base,
      link: c.link,
    };
  });
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

const plain = () => StyleTable.PLAIN;
const SOURCE_CELLS: CellOf<ExportSource>[] = SOURCE_COLUMNS.map((c) => ({
  text: (s) => {
    const value = s[c.key];
    return typeof value === "boolean" ? (value ? "Yes" : "No") : value;
  },
  style: plain,
  link: c.link,
}));

const ABOUT_CELLS: CellOf<[string, string]>[] = [
  { text: ([k]) => k, style: () => StyleTable.BOLD },
  { text: ([, v]) => v, style: plain },
];

const plainColumns = (cols: { header: string; width: number }[], style: number) =>
  cols.map((c) => ({ header: c.header, width: c.width, style }));
const CLAIMS: SheetLayout = { name: "Claims", columns: plainColumns(COLUMNS, StyleTable.TOP), header: "filter" };
const SOURCES: SheetLayout = {
  name: "Sources",
  columns: plainColumns(SOURCE_COLUMNS, StyleTable.PLAIN),
  header: "filter",
};
const ABOUT: SheetLayout = {
  name: "About",
  columns: plainColumns(
    [
      { header: "", width: 24 },
      { header: "", width: 80 },
    ],
    StyleTable.PLAIN,
  ),
  header: "none",
};
const sheetPath = (index: number) => `xl/worksheets/sheet${index}.xml`;

/**
 * The claim sheet as a workbook, streamed: "Claims" with a frozen, filterable header, links and
 * rating colours; "Sources", one row per source, keyed by claim id and wording; "About", what was
 * exported, how, by whom and when. Every cell is text, never a formula. The claims are read once:
 * their sources wait on disk for the second sheet. Returns the claim count.
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
  const claimsPart = new Part(zip, sheetPath(1), failed);
  const claims = new SheetRows(CLAIMS, claimCells(styles), claimsPart, dir, 1);
  const sourceSpool = new Spool(path.join(dir, "sources"));
  const sources = new SheetRows(SOURCES, SOURCE_CELLS, sourceSpool, dir, 2);
  const sourcesPart = new Part(zip, sheetPath(2), failed);
  const aboutPart = new Part(zip, sheetPath(3), failed);
  const about = new SheetRows(ABOUT, ABOUT_CELLS, aboutPart, dir, 3);
  try {
    await claimsPart.write(sheetHead(CLAIMS));
    for await (const claim of input.claims) {
      await claims.add(claim.row);
      for (const source of claim.sources) await sources.add(source);
    }
    await endSheet(zip, 1, CLAIMS, claimsPart, claims.links, failed);
    await sourceSpool.close();
    await sourcesPart.write(sheetHead(SOURCES));
    for await (const chunk of sourceSpool.chunks()) await sourcesPart.write(chunk);
    await endSheet(zip, 2, SOURCES, sourcesPart, sources.links, failed);
    await aboutPart.write(sheetHead(ABOUT));
    for (const line of input.about) await about.add(line);
    await endSheet(zip, 3, ABOUT, aboutPart, about.links, failed);
    // The workbook lists the sheets in the order written, naming the filter range of each filtered one.
    const sheets = [CLAIMS, SOURCES, ABOUT].map((sheet) => ({
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
    return claims.count;
  } catch (err) {
    zip.abort();
    throw err;
  } finally {
    for (const sheet of [claims, sources, about]) sheet.dispose();
    sourceSpool.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
