import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import { COLUMNS, neutralizeFormula, type ExportRow } from "./columns";

/**
 * RFC 4180 CSV through csv-stringify, UTF-8, optional BOM for Excel; line breaks inside cells kept.
 * Any cell with a line break (a lone LF or CR too), a quote, a comma, a semicolon or a tab is quoted:
 * csv-stringify quotes only the record delimiter itself, and a multi-source cell joins with LF.
 */
export async function writeCsv(
  rows: AsyncIterable<ExportRow>,
  out: Writable,
  opts: { bom?: boolean } = {},
): Promise<number> {
  const csv = stringify({
    header: true,
    columns: COLUMNS.map((c) => ({ key: c.key, header: c.header })),
    bom: opts.bom ?? false,
    record_delimiter: "windows",
    quoted_match: /[\r\n";,\t]/,
  });
  csv.pipe(out);
  let count = 0;
  for await (const row of rows) {
    const record = Object.fromEntries(
      COLUMNS.map((c) => [
        c.key,
        typeof row[c.key] === "string" ? neutralizeFormula(row[c.key] as string) : row[c.key],
      ]),
    );
    // Respect back-pressure so memory stays flat however many rows there are.
    if (!csv.write(record)) await new Promise((resolve) => csv.once("drain", resolve));
    count++;
  }
  csv.end();
  await new Promise<void>((resolve, reject) => {
    out.once("finish", () => resolve());
    out.once("error", reject);
  });
  return count;
}
