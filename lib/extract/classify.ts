import { checkWorthiness } from "../checkworthy/model";
import type { ExtractedClaimType, DateMention, Quantity } from "./types";

// Words that carry the writer's judgement rather than a checkable fact.
const SUBJECTIVE =
  /\b(clearly|obviously|surely|undoubtedly|no doubt|of course|significance|hopes?|hoped|believes?|feels?|fears?|wants?|wish(?:es)?|arguably|unfortunately|fortunately|remarkabl[ey]|shocking(?:ly)?|disgraceful|shameful|outrageous|terrible|wonderful|amazing|brilliant|deepest|implication|i think|we think|i believe|in my view|in our view|should|ought to|must)\b/gi;
// What a named group or person wants, believes or fears is reported ("most Americans want Congress
// to …", "Beijing wants …"); anyone else's, or one the writer reads into them ("the minister clearly
// hopes"), is judgement, and so is how something feels.
const ATTITUDE = /^(hopes?|hoped|believes?|fears?|wants?)$/i;
const REPORTED_HOLDER = /(?:^|\s)(?!(?:He|She|It|They|We|You|I)\s)(\p{Lu}\p{Ll}+|\p{Ll}+s)\s+$/u;
// "sparked widespread fears", "raised hopes of a thaw": the reaction reported as a noun.
const REACTION_NOUN = /\b(?:the|of|widespread|growing|rising|renewed|new|raised|raising|sparked|sparking)\s+$/i;
const COMPARISON =
  /\b(more|less|fewer|higher|lower|bigger|smaller|larger|largest|biggest|smallest|highest|lowest|most|least|than|compared|outpaced|surpass(?:ed)?|double[ds]?|tripled?|half)\b/i;
const PREDICTION =
  /\b(will|would|expected to|plans? to|planned|forecasts?|projected|is to|are to|likely to|going to|set to|aims? to|intends? to|next (?:year|month|week))\b/i;
const CAUSAL =
  /\b(because|due to|caused|causes|led to|leads to|as a result|result of|thanks to|blamed|owing to|resulted in)\b/i;
const EVENT =
  /\b(\w+ed|met|won|lost|hit|fell|rose|sank|signed|visited|began|held|took|made|gave|went|came|shot|fired|struck|killed|died|left)\b/i;

export function subjectivity(text: string): number {
  let count = 0;
  for (const m of text.matchAll(SUBJECTIVE)) {
    const before = text.slice(0, m.index);
    if (!ATTITUDE.test(m[0]) || !(REPORTED_HOLDER.test(before) || REACTION_NOUN.test(before))) count++;
  }
  return count;
}

export function classifyClaim(text: string, facts: { quantities: Quantity[]; quoted: boolean }): ExtractedClaimType {
  if (facts.quantities.some((q) => q.unit !== "ordinal" && (q.value !== null || q.hedge)))
    return COMPARISON.test(text) && !/\b(more|less|fewer) than\b/i.test(text) ? "comparison" : "statistic";
  if (COMPARISON.test(text) && /\bthan\b|\b(largest|biggest|highest|lowest|smallest)\b/i.test(text))
    return "comparison";
  if (CAUSAL.test(text)) return "causal";
  if (PREDICTION.test(text)) return "prediction";
  if (facts.quoted) return "quote";
  return EVENT.test(text) ? "event" : "other";
}

/**
 * Check-worthiness 0–1: mostly the trained model's probability for the claim's wording, blended
 * with what the extractor itself knows (normalised numbers, dates, names, attribution, judgement words).
 */
export function scoreClaim(
  text: string,
  facts: { quantities: Quantity[]; dates: DateMention[]; names: number; speaker: string | null },
): number {
  let rules = 0.3;
  if (facts.quantities.some((q) => q.unit !== "ordinal")) rules += 0.25;
  if (facts.dates.length) rules += 0.1;
  rules += Math.min(0.2, facts.names * 0.07);
  if (facts.speaker) rules += 0.1;
  rules -= 0.12 * subjectivity(text);
  if (text.length < 40) rules -= 0.1;
  const score = 0.6 * checkWorthiness(text) + 0.4 * Math.min(1, Math.max(0, rules));
  return Math.round(Math.min(0.99, Math.max(0.01, score)) * 100) / 100;
}
