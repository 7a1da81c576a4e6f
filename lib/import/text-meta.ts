import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat";

dayjs.extend(customParseFormat);

/** What the top of a plain-text article says about itself: its headline, byline and date, when it states them. */
export type TextMetadata = { title: string; byline?: string; publishedAt?: string };

// How far down the byline and date may sit: under the headline, before the story starts.
const HEAD_LINES = 6;
const BYLINE = /^by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|der|da|bin|al-\p{L}+))*)/iu;
// The date forms newsrooms print, month-first for slashes as American sites write them.
const DATE_FORMATS = ["M/D/YY", "M/D/YYYY", "YYYY-MM-DD", "MMMM D, YYYY", "MMM D, YYYY", "D MMMM YYYY", "D MMM YYYY"];
const DATE_IN_LINE =
  /\b(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b/i;

/** A text's first non-empty line, as a headline (at most 300 characters). */
export function firstLine(text: string): string {
  return (text.split("\n").find((l) => l.trim()) ?? "").trim().slice(0, 300);
}

function parseDay(text: string): string | undefined {
  const cleaned = text.replace(/\.(?= )/, "");
  const day = dayjs(cleaned, DATE_FORMATS, "en", true);
  return day.isValid() ? day.format("YYYY-MM-DD") : undefined;
}

/**
 * The headline (the first line), and a byline ("By Kashmira Gander") and date ("On 11/13/19 at
 * 4:00 PM EST", "November 13, 2019") from the lines just under it; nothing is guessed from the story.
 */
export function textMetadata(text: string): TextMetadata {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const out: TextMetadata = { title: firstLine(text) };
  for (const line of lines.slice(1, HEAD_LINES)) {
    // A long line is the story itself: what follows is not the article's furniture.
    if (line.length > 120) break;
    const byline = out.byline ? null : line.match(BYLINE);
    if (byline) out.byline = byline[1].replace(/\s+(?:on|at|and|updated|published)$/i, "").trim();
    const date = out.publishedAt ? null : line.match(DATE_IN_LINE);
    if (date) out.publishedAt = parseDay(date[1]);
  }
  return out;
}
