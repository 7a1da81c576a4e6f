import { extractDates } from "./dates";
import { extractQuantities } from "./quantities";
import type { DateMention, Quantity } from "./types";

/**
 * The comparable facts of a claim's wording: its quantities and its dates. The one place they are
 * computed, for the extractor, the language-model path and every edit, split or merge of a claim.
 */
export function claimFacts(text: string, referenceDate?: Date): { quantities: Quantity[]; dates: DateMention[] } {
  return { quantities: extractQuantities(text), dates: extractDates(text, referenceDate) };
}
