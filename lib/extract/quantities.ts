import { CURRENCY_SYMBOLS, CURRENCY_WORDS, NUMBER_WORD_PATTERN, ORDINALS, parseNumeral, SCALES } from "./numbers";
import { lookup } from "./lookup";
import type { Quantity } from "./types";

const HEDGES = [
  "up to",
  "as many as",
  "as much as",
  "as few as",
  "as little as",
  "more than",
  "less than",
  "fewer than",
  "at least",
  "at most",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "approximately",
  "some",
  "over",
  "under",
  "above",
  "below",
  "close to",
  "just over",
  "just under",
  "well over",
  "upwards of",
  "an estimated",
  "an average of",
  "estimated",
];
const VAGUE = [
  "tens of thousands",
  "hundreds of thousands",
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "scores",
  "several",
  "a few",
  "a handful of",
  "a dozen",
];
const UNIT_STOP = new Set([
  "to",
  "in",
  "by",
  "and",
  "or",
  "the",
  "a",
  "an",
  "of",
  "on",
  "for",
  "from",
  "with",
  "at",
  "than",
  "as",
  "since",
  "per",
  "that",
  "this",
  "which",
  "who",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "be",
  "been",
  "after",
  "before",
  "into",
  "over",
  "under",
  "about",
  "more",
  "less",
  "it",
  "its",
  "their",
  "his",
  "her",
  "while",
  "when",
  "but",
  "percent",
  "across",
]);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const hedgeAlt = HEDGES.sort((a, b) => b.length - a.length)
  .map(esc)
  .join("|");
const vagueAlt = VAGUE.sort((a, b) => b.length - a.length)
  .map(esc)
  .join("|");
const scaleAlt = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join("|");
const currencyWordAlt = Object.keys(CURRENCY_WORDS).join("|");
const symbolAlt = Object.keys(CURRENCY_SYMBOLS).map(esc).join("|");
const numeral = `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD_PATTERN})(?:[-\\s](?:${NUMBER_WORD_PATTERN}))?|an?(?=\\s+(?:hundred|thousand|million|billion|trillion)\\b)`;

// hedge? currency? numeral scale? (percent|currency word)? unit? (by|in|as of YEAR)?
const QUANTITY = new RegExp(
  `(?<![\\w.,])(?:(?<hedge>${hedgeAlt})\\s+)?(?<sym>${symbolAlt})?\\s?(?<num>${numeral})(?:\\s?(?<scale>${scaleAlt})\\b)?(?![\\w])` +
    `(?:\\s?(?<pct>%|percent\\b|per cent\\b|percentage points?\\b)|\\s(?<cur>${currencyWordAlt})\\b)?` +
    `(?:\\s(?:of\\s)?(?<unit>(?!(?:${scaleAlt}|${[...UNIT_STOP].join("|")})\\b)[a-z][a-z-]*(?:\\s[a-z][a-z-]*)?))?` +
    `(?:\\s(?:by|in|as of|at the end of)\\s(?<asOf>(?:1[89]|20)\\d{2}))?`,
  "gi",
);
const VAGUE_QUANTITY = new RegExp(`(?<![\\w])(?<vague>${vagueAlt})(?:\\s+of)?\\s+(?<unit>[a-z][a-z-]*)`, "gi");
const ORDINAL = new RegExp(`\\b(?<ord>${Object.keys(ORDINALS).join("|")}|\\d+(?:st|nd|rd|th))\\b`, "gi");
const YEAR_ALONE = /^(1[89]|20)\d{2}$/;
// The day in "June 18, 2024" or "Nov. 19" is part of a date, not a quantity.
const AFTER_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$/i;

function cleanUnit(unit: string | undefined): string | null {
  // Units are common nouns: "18 Northern … counties" has none.
  if (!unit || !/^[a-z]/.test(unit)) return null;
  const words = unit.toLowerCase().split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (UNIT_STOP.has(word) || lookup(CURRENCY_WORDS, word)) break;
    kept.push(word);
    // A plural noun ends the unit ("shells"); an adjective may carry on ("artillery shells").
    if (/s$/.test(word)) break;
  }
  return kept.length ? kept.join(" ") : null;
}

function trimRaw(raw: string, unit: string | null, asOf: string | undefined, fullUnit: string | undefined): string {
  if (!fullUnit || unit === fullUnit.toLowerCase() || asOf) return raw.trim();
  const cut = raw.toLowerCase().lastIndexOf(fullUnit.toLowerCase());
  const kept = unit ? raw.slice(0, cut) + fullUnit.slice(0, unit.length) : raw.slice(0, cut);
  return kept.replace(/\s+of\s*$/i, "").trim();
}

// A quantity needs a digit, a number word, a vague amount or an ordinal: one test rules most text out.
const MAY_HOLD_QUANTITY = new RegExp(
  `\\d|\\b(?:${NUMBER_WORD_PATTERN}|${vagueAlt}|${Object.keys(ORDINALS).join("|")}|hundred|thousand|million|billion|trillion|dozen)\\b`,
  "i",
);

/** Finds the quantities a claim states, normalised so they can be compared across articles. */
// Month names are capitalised in English, which keeps "up to 3 may attend" a quantity.
const BEFORE_MONTH =
  /^\s*(of\s+)?(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\b/;

export function extractQuantities(text: string): Quantity[] {
  if (!MAY_HOLD_QUANTITY.test(text)) return [];
  const found: (Quantity & { index: number })[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const base = parseNumeral(g.num);
    if (base === null) continue;
    const isYear = YEAR_ALONE.test(g.num) && !g.sym && !g.scale && !g.pct && !g.cur && !g.hedge;
    if (isYear || (!g.hedge && !g.sym && AFTER_MONTH.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "19 November 2019": a day of the month written before the month is a date, not a quantity.
    const dayOfMonth = Number.isInteger(base) && base >= 1 && base <= 31 && !g.sym && !g.pct && !g.cur && !g.scale;
    if (dayOfMonth && (BEFORE_MONTH.test(g.unit ?? "") || BEFORE_MONTH.test(text.slice(m.index + m[0].length))))
      continue;
    const scale = g.scale ? (lookup(SCALES, g.scale.toLowerCase()) ?? 1) : 1;
    // "5m" and "$28B" use one-letter scales; "5 m" (metres) does not.
    if (
      g.scale &&
      g.scale.length === 1 &&
      /\s/.test(m[0].slice(m[0].indexOf(g.num) + g.num.length, m[0].indexOf(g.num) + g.num.length + 1))
    )
      continue;
    const currency = g.sym
      ? lookup(CURRENCY_SYMBOLS, g.sym)
      : g.cur
        ? lookup(CURRENCY_WORDS, g.cur.toLowerCase())
        : null;
    let unit = g.pct ? "%" : cleanUnit(g.unit);
    if (unit && lookup(CURRENCY_WORDS, unit)) unit = null;
    const raw = trimRaw(m[0], g.pct ? null : unit, g.asOf, g.pct ? undefined : g.unit);
    found.push({
      index: m.index,
      raw,
      value: Math.round(base * scale * 1e6) / 1e6,
      unit,
      currency: currency ?? null,
      hedge: g.hedge ? g.hedge.toLowerCase() : null,
      asOf: g.asOf ?? null,
    });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(VAGUE_QUANTITY)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const g = m.groups!;
    found.push({
      index: m.index,
      raw: m[0],
      value: null,
      unit: cleanUnit(g.unit),
      currency: null,
      hedge: g.vague.toLowerCase(),
      asOf: null,
    });
  }
  for (const m of text.matchAll(ORDINAL)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const word = m.groups!.ord.toLowerCase();
    const value = lookup(ORDINALS, word) ?? Number.parseInt(word, 10);
    found.push({ index: m.index, raw: m[0], value, unit: "ordinal", currency: null, hedge: null, asOf: null });
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _index, ...q }) => q);
}
