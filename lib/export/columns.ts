import type { Quantity } from "../extract/types";

/** One exported claim: everything needed to trust its verdict, flattened for a sheet. */
export type ExportRow = {
  claimId: string;
  claim: string;
  quote: string;
  speaker: string | null;
  type: string;
  quantities: string;
  articleTitle: string;
  outlet: string | null;
  articleUrl: string | null;
  articleDate: string | null;
  status: string;
  rating: string | null;
  ratingColor: string | null;
  summary: string | null;
  rationale: string | null;
  sources: string;
  reviewer: string | null;
  editor: string | null;
  reviewedAt: string | null;
  signedOffAt: string | null;
  publishedAt: string | null;
  publicUrl: string | null;
};

/** A source as a sheet shows it: labels and days, not codes and timestamps. */
export type ExportSource = {
  claimId: string;
  claim: string;
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  archiveUrl: string | null;
  stance: string;
  primary: boolean;
  excerpt: string | null;
};

/** A claim's row of the sheet, with its sources one by one (the workbook lists them on a sheet of their own). */
export type ExportedClaim = { row: ExportRow; sources: ExportSource[] };

export const COLUMNS: { key: keyof ExportRow; header: string; width: number; link?: boolean }[] = [
  { key: "claimId", header: "Claim ID", width: 27 },
  { key: "claim", header: "Claim", width: 60 },
  { key: "quote", header: "Verbatim quote", width: 60 },
  { key: "speaker", header: "Claimant", width: 20 },
  { key: "type", header: "Type", width: 14 },
  { key: "quantities", header: "Quantities", width: 30 },
  { key: "articleTitle", header: "Article", width: 40 },
  { key: "outlet", header: "Outlet", width: 20 },
  { key: "articleUrl", header: "Article URL", width: 40, link: true },
  { key: "articleDate", header: "Article date", width: 12 },
  { key: "status", header: "Status", width: 14 },
  { key: "rating", header: "Rating", width: 14 },
  { key: "summary", header: "Summary", width: 50 },
  { key: "rationale", header: "Rationale", width: 60 },
  { key: "sources", header: "Sources", width: 70 },
  { key: "reviewer", header: "Reviewer", width: 18 },
  { key: "editor", header: "Signed off by", width: 18 },
  { key: "reviewedAt", header: "Reviewed", width: 20 },
  { key: "signedOffAt", header: "Signed off", width: 20 },
  { key: "publishedAt", header: "Published", width: 20 },
  { key: "publicUrl", header: "Public verdict URL", width: 40, link: true },
];

/** "up to 5000000 shells; over 28000000000 USD (2014)": quantities people can compare and filter. */
export function formatQuantities(quantities: Quantity[]): string {
  return quantities
    .filter((q) => q.unit !== "ordinal")
    .map(
      (q) =>
        [q.hedge, q.value ?? "", q.currency, q.unit].filter((x) => x !== null && x !== "").join(" ") +
        (q.asOf ? ` (${q.asOf})` : ""),
    )
    .join("; ");
}

/**
 * One line per source, everything a partner needs to weigh it without opening the desk:
 * "Supports · Port Authority, “Annual report 2025”, 2026-03-01 · https://… · archived https://…".
 */
export function formatSources(sources: Omit<ExportSource, "claimId" | "claim" | "excerpt">[]): string {
  return sources
    .map((s) => {
      const who = [s.publisher, s.title && `“${s.title}”`, s.publishedAt].filter(Boolean).join(", ");
      return [s.primary ? `${s.stance} (primary)` : s.stance, who, s.url, s.archiveUrl && `archived ${s.archiveUrl}`]
        .filter(Boolean)
        .join(" · ");
    })
    .join("\n");
}

// A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) is written as text.
// Spreadsheets in semicolon (and tab) locales start a new cell after those separators, so a trigger
// right after any separator counts too: "Exports rose;=cmd|' /C calc'!A0" is neutralised as well.
const FORMULA_TRIGGER = /(^|[;,\t\r\n])[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}
