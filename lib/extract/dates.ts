import type { DateMention } from "./types";
import { lookup } from "./lookup";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_ABBR: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS.join("|")}|${WEEKDAYS})$`, "i");

/** A month's or a weekday's name ("May", "Monday"), written in full. */
export const isCalendarWord = (word: string) => CALENDAR_WORD.test(word);
const month = `(?:${MONTHS.join("|")}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)`;

const PATTERNS: { re: RegExp; resolve: (m: RegExpExecArray, ref?: Date) => string | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/gi, resolve: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  {
    re: new RegExp(`\\b(${month})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi"),
    resolve: (m) => iso(m[3], monthNumber(m[1]), m[2]),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${month})\\s+(\\d{4})\\b`, "gi"),
    resolve: (m) => iso(m[3], monthNumber(m[2]), m[1]),
  },
  {
    re: new RegExp(`\\b(${month})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, "gi"),
    resolve: (m, ref) => (ref ? iso(String(ref.getUTCFullYear()), monthNumber(m[1]), m[2]) : null),
  },
  { re: new RegExp(`\\b(${month})\\s+(?:of\\s+)?(\\d{4})\\b`, "gi"), resolve: (m) => iso(m[2], monthNumber(m[1])) },
  {
    re: new RegExp(`\\b(last|this|next)\\s+(${month}|${WEEKDAYS}|week|month|year)\\b`, "gi"),
    resolve: (m, ref) => relative(m[1], m[2], ref),
  },
  { re: new RegExp(`\\b(?:on|by|since|until|from)\\s+(${WEEKDAYS})\\b`, "gi"), resolve: () => null },
  {
    re: /\b(?:in|by|since|until|from|of|during|before|after|as of)\s+((?:1[89]|20)\d{2})\b(?![-\d])/gi,
    resolve: (m) => m[1],
  },
  { re: /\b(yesterday|today|tomorrow)\b/gi, resolve: (m, ref) => relativeDay(m[1], ref) },
];

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(key);
  return full >= 0 ? full + 1 : (lookup(MONTH_ABBR, key) ?? 0);
}

function iso(year: string, monthNo: number, day?: string): string | null {
  if (!monthNo) return null;
  const mm = String(monthNo).padStart(2, "0");
  if (!day) return `${year}-${mm}`;
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${year}-${mm}-${String(d).padStart(2, "0")}`;
}

function relative(which: string, unit: string, ref?: Date): string | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  const w = which.toLowerCase();
  const u = unit.toLowerCase();
  const shift = w === "last" ? -1 : w === "next" ? 1 : 0;
  if (u === "year") return String(y + shift);
  if (u === "month") {
    const date = new Date(Date.UTC(y, m - 1 + shift, 1));
    return date.toISOString().slice(0, 7);
  }
  const target = monthNumber(u);
  if (!target) return null;
  if (w === "last") return iso(String(target < m ? y : y - 1), target);
  if (w === "next") return iso(String(target > m ? y : y + 1), target);
  return iso(String(y), target);
}

function relativeDay(word: string, ref?: Date): string | null {
  if (!ref) return null;
  const shift = { yesterday: -1, today: 0, tomorrow: 1 }[word.toLowerCase()] ?? 0;
  return new Date(ref.getTime() + shift * 86_400_000).toISOString().slice(0, 10);
}

// Every pattern needs a digit or one of these words: most sentences are ruled out with one test.
const MAY_HOLD_DATE = new RegExp(`\\d|\\b(?:${month}|${WEEKDAYS}|last|this|next|yesterday|today|tomorrow)`, "i");

/** Dates a claim mentions, with an ISO form where it can be resolved. */
export function extractDates(text: string, referenceDate?: Date): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const found: (DateMention & { index: number; end: number })[] = [];
  for (const { re, resolve } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m.index < f.end && end > f.index)) continue;
      const raw = m[0].replace(/^(?:on|by|since|until|from|in|of|during|before|after|as of)\s+/i, "");
      found.push({ index: m.index, end, raw, iso: resolve(m as RegExpExecArray, referenceDate) });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ raw, iso: isoDate }) => ({ raw, iso: isoDate }));
}
