import type { Quantity } from "../extract/types";

const STOP = new Set(
  "a an the of to in on at by for from with and or but as is are was were be been being has have had will would may might can could that this these those it its their his her they he she we our said says say told according than more most up over about into after before during since while who which what when where how not no".split(
    " ",
  ),
);
// Common paraphrases newsrooms use for the same fact.
const SYNONYMS: Record<string, string> = {
  sent: "ship",
  send: "ship",
  supplied: "ship",
  supply: "ship",
  delivered: "ship",
  dropped: "fall",
  fell: "fall",
  declined: "fall",
  rose: "rise",
  climbed: "rise",
  increased: "rise",
  percent: "%",
  pct: "%",
};

function stem(word: string): string {
  const w = SYNONYMS[word] ?? word;
  if (w.length <= 4) return w;
  return w.replace(/(ies)$/, "y").replace(/(ing|ed|es|s)$/, "");
}

/** Content words (stemmed) plus normalised quantities, the material two claims are compared on. */
export function claimTerms(text: string, quantities: Quantity[]): Set<string> {
  const terms = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}%]+/gu) ?? []) {
    if (STOP.has(word) || /^\d/.test(word)) continue;
    terms.add(stem(word));
  }
  for (const q of quantities) if (q.value !== null && q.unit !== "ordinal") terms.add(`#${q.value}`);
  return terms;
}

/** Dice overlap of two claims' terms, 0–1. */
export function termSimilarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The same kind of quantity with different values ("5 million shells" here, "1 million shells" there). */
export function numbersConflict(a: Quantity[], b: Quantity[]): boolean {
  return a.some(
    (x) =>
      x.value !== null &&
      x.unit !== "ordinal" &&
      b.some((y) => y.value !== null && y.unit === x.unit && y.currency === x.currency && y.value !== x.value),
  );
}

export const MATCH_THRESHOLD = 0.5;
