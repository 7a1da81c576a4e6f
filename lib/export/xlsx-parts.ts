/**
 * The SpreadsheetML parts of an .xlsx workbook (ECMA-376), written as text: a package of sheets,
 * a style table and the relationships between them. Every cell is an inline string, so text is
 * stored as text and never read as a formula.
 */

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses (and "repairs") a workbook with a longer cell. */
export const MAX_CELL_CHARS = 32_767;

// Characters XML 1.0 cannot carry at all (dropped), and those markup must escape: text needs
// only &, < and >; attribute values the quotes too. Tested first, since most cells need nothing.
const INVALID = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF";
const TEXT_ESCAPE = new RegExp(`[&<>${INVALID}]`, "g");
const ATTR_ESCAPE = new RegExp(`[&<>"'${INVALID}]`, "g");
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeWith = (pattern: RegExp) => (value: string) => {
  pattern.lastIndex = 0;
  if (!pattern.test(value)) return value;
  return value.replace(pattern, (c) => ESCAPES[c] ?? "");
};

/** Text content of an element. */
export const xmlText = escapeWith(TEXT_ESCAPE);
/** An attribute value (in double quotes). */
export const xmlAttr = escapeWith(ATTR_ESCAPE);

/** A, B, … Z, AA, AB …: the column part of a cell reference (1-based). */
export function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

const KEEP_SPACE = /^\s|\n|\s$/;

export type SheetColumn = { width: number; style: number };

export function inlineStringCell(ref: string, value: string, style: number): string {
  const text = value.length > MAX_CELL_CHARS ? `${value.slice(0, MAX_CELL_CHARS - 1)}…` : value;
  // Spreadsheets trim the ends of a text and may fold its line breaks unless told to keep them.
  const space = KEEP_SPACE.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** Everything of a worksheet before its rows: a frozen header row and the column widths. */
export function sheetStart(columns: SheetColumn[], frozenHeader: boolean): string {
  const pane = frozenHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : "";
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${c.style}" customWidth="1"/>`)
    .join("");
  return `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
}

export function autoFilter(columns: number): string {
  return `<autoFilter ref="A1:${columnLetter(columns)}1"/>`;
}

export function hyperlinkRef(ref: string, id: number): string {
  return `<hyperlink ref="${ref}" r:id="rId${id}"/>`;
}

export function hyperlinkRel(id: number, url: string): string {
  return `<Relationship Id="rId${id}" Type="${REL_NS}/hyperlink" Target="${xmlAttr(url)}" TargetMode="External"/>`;
}

export const RELS_START = `${HEAD}<Relationships xmlns="${PKG_REL_NS}">`;
export const RELS_END = "</Relationships>";

export function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`;
}

export const PACKAGE_RELS = `${RELS_START}<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>${RELS_END}`;

/** The workbook: its sheets in order, and the filter ranges Excel expects to find named. */
export function workbook(sheets: { name: string; filterColumns?: number }[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names = sheets
    .map((s, i) =>
      s.filterColumns
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name)}'!$A$1:$${columnLetter(s.filterColumns)}$1</definedName>`
        : "",
    )
    .join("");
  return `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${list.join("")}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`;
}

export function workbookRels(sheets: number): string {
  const rels = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `${RELS_START}${rels}<Relationship Id="rId${sheets + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>${RELS_END}`;
}

/**
 * The style table, built as cells ask for styles: plain, top-aligned, wrapped, bold, the dark
 * header, and one bold white-on-colour style per rating colour met. Written after the sheets, when
 * every colour is known.
 */
export class StyleTable {
  static readonly PLAIN = 0;
  static readonly TOP = 1;
  static readonly WRAP = 2;
  static readonly HEADER = 3;
  static readonly BOLD = 4;
  private readonly colors = new Map<string, number>();

  /** The style of a rating cell in this colour ("#b91c1c"), or top-aligned text when it is not a colour. */
  rating(hex: string | null): number {
    if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return StyleTable.TOP;
    const argb = `FF${hex.slice(1).toUpperCase()}`;
    let id = this.colors.get(argb);
    if (id === undefined) this.colors.set(argb, (id = 5 + this.colors.size));
    return id;
  }

  xml(): string {
    const colorFills = [...this.colors.keys()].map(
      (argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/></patternFill></fill>`,
    );
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      '<fill><patternFill patternType="solid"><fgColor rgb="FF1E293B"/></patternFill></fill>',
      ...colorFills,
    ];
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>',
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>',
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="center"/></xf>',
      '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      ...colorFills.map(
        (_, i) =>
          `<xf numFmtId="0" fontId="1" fillId="${3 + i}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>`,
      ),
    ];
    const font = (extra: string) => `<font>${extra}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    return `${HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="3">${font("")}${font('<b/><color rgb="FFFFFFFF"/>')}${font("<b/>")}</fonts><fills count="${fills.length}">${fills.join("")}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}
