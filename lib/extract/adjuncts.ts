import type { Segment } from "./clauses";
import { hasAnchor, hasClause, hasVerb, isVerbish } from "./grammar";
import { pastOf, presentOf } from "./inflect";
import { verbLemma, type Token } from "./tokens";

/**
 * Facts a sentence states on the side of its main clause, each restated so it reads alone:
 * appositions ("SoftBank, its largest investor, …" → "SoftBank is its largest investor"),
 * participial adjuncts ("…, citing violence" → "Trump cited violence"), absolutes ("…, with the
 * winners advancing to the final" → "The winners advance to the final"), and possessed figures
 * ("WeWork's 12,000 employees" → "WeWork has 12,000 employees").
 */

type Range = { from: number; to: number };
type Tense = { kind: "past" | "present" | "modal"; modal?: string };

// Participles that work as prepositions: "including", "according to", "following the vote".
const PREPOSITIONAL = new Set(["including", "according", "following", "regarding", "concerning", "excluding", "during", "notwithstanding", "pending", "barring", "considering", "beginning", "starting", "ending", "compared", "given", "amid"]);
const PAST_AUX = new Set(["was", "were", "had", "did"]);
const PRESENT_AUX = new Set(["is", "are", "has", "have", "does", "do", "'s", "’s"]);
const MODAL_AUX = new Set(["will", "would", "could", "can", "may", "might", "should", "must"]);
const PLURAL_PRONOUNS = new Set(["they", "we", "these", "those", "both"]);
const POSSESSIVE_DETERMINERS = new Set(["its", "his", "her", "their", "our", "my", "your"]);

const isComma = (t: Token | undefined) => !!t && t.v === "," && !t.q;
const isPossessive = (t: Token | undefined) => !!t && /^['’]s$/.test(t.v);
const isCount = (t: Token) => t.p === "NUM" || /^\$?\d/.test(t.v);

/** The tense of the clause whose first verb is at `v`: "welcomed" past, "is" present, "will face" modal. */
export function tenseAt(tokens: Token[], v: number): Tense {
  const t = tokens[v];
  if (!t) return { kind: "past" };
  if (MODAL_AUX.has(t.l)) return { kind: "modal", modal: t.l };
  if (PAST_AUX.has(t.l) || /ed$/.test(t.l)) return { kind: "past" };
  // "has launched": a present perfect reports a past event.
  if ((t.l === "has" || t.l === "have") && tokens[v + 1] && /(ed|en)$/.test(tokens[v + 1].l)) return { kind: "past" };
  if (PRESENT_AUX.has(t.l) || (t.p === "VERB" && (verbLemma(t.l) === t.l || /[^s]s$/.test(t.l)))) return { kind: "present" };
  return { kind: "past" };
}

/** Whether a noun phrase names several things: "Plains", "they", "the winners" (not "the bus", "Titan"). */
export function isPlural(tokens: Token[], np: Range): boolean {
  const words = tokens.slice(np.from, np.to).filter((t) => t.p !== "PUNCT");
  if (words.some((t) => t.l === "and")) return true;
  const ofAt = words.findIndex((t) => t.l === "of" || t.p === "ADP");
  const head = words[ofAt > 0 ? ofAt - 1 : words.length - 1];
  if (!head) return false;
  if (PLURAL_PRONOUNS.has(head.l)) return true;
  return (head.p === "NOUN" || (head.p === "PROPN" && head === words[0] && words.length > 1)) && /[^su]s$/.test(head.l);
}

/** The finite form of `lemma` for a subject in a tense: "cite" → "cited", "spreads", "will cite". */
function finite(lemma: string, tense: Tense, plural: boolean): string {
  if (tense.kind === "modal") return `${tense.modal} ${lemma}`;
  return tense.kind === "past" ? (lemma === "be" ? (plural ? "were" : "was") : pastOf(lemma)) : presentOf(lemma, plural);
}

/** The subject of the clause at `from`: a short noun phrase before its first verb, with no comma. */
export function subjectOf(tokens: Token[], from: number, to: number): (Range & { verb: number }) | null {
  let v = from;
  while (v < to && !isVerbish(tokens, v)) {
    if (tokens[v].v === "," || tokens[v].q) return null;
    v++;
  }
  if (v === from || v - from > 8 || v >= to) return null;
  return tokens.slice(from, v).some((t) => ["NOUN", "PROPN", "PRON"].includes(t.p)) ? { from, to: v, verb: v } : null;
}

/**
 * "The US welcomed the exchange, saying the hostages had suffered": the adjunct after the last
 * comma, restated about the clause's subject in the clause's tense ("The US said the hostages …").
 */
function trailingParticiple(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.to - 3; k > seg.from + 2; k--) {
    const next = tokens[k + 1];
    if (!isComma(tokens[k]) || next.q || next.p !== "VERB" || !/ing$/.test(next.l) || PREPOSITIONAL.has(next.l)) continue;
    const subject = subjectOf(tokens, seg.from, k);
    if (!subject || !hasClause(tokens, seg.from, k) || tokens[subject.from].p === "PRON" && tokens[subject.from].l === "it") return null;
    const verb = finite(verbLemma(next.l), tenseAt(tokens, subject.verb), isPlural(tokens, subject));
    return [{ ...seg, to: k }, { from: k + 1, to: seg.to, cut: [], subject: { from: subject.from, to: subject.to, verb }, bodyFrom: k + 2 }];
  }
  return null;
}

/** "…, with the group winners advancing to the knockout stage": the absolute as a clause of its own. */
function withAbsolute(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.from + 3; k < seg.to - 3; k++) {
    if (!isComma(tokens[k]) || tokens[k + 1].l !== "with") continue;
    let v = k + 2;
    while (v < Math.min(seg.to, k + 10) && !(tokens[v].p === "VERB" && /ing$/.test(tokens[v].l))) {
      if (tokens[v].p === "PUNCT" || isVerbish(tokens, v)) return null;
      v++;
    }
    if (v >= Math.min(seg.to, k + 10) || v === k + 2) return null;
    const np = { from: k + 2, to: v };
    const main = subjectOf(tokens, seg.from, k);
    const tense = main ? tenseAt(tokens, main.verb) : { kind: "past" as const };
    const verb = finite(verbLemma(tokens[v].l), tense, isPlural(tokens, np));
    return [{ ...seg, to: k }, { from: np.from, to: seg.to, cut: [], subject: { ...np, verb }, bodyFrom: v + 1 }];
  }
  return null;
}

/** Where an apposition opening at `i` ends (its closing comma), when it is a short phrase without a verb of its own. */
function appositionEnd(tokens: Token[], i: number, to: number): number {
  const opener = tokens[i];
  const participle = opener.p === "VERB" && /(ed|en|wn)$/.test(opener.l);
  if (!(opener.p === "DET" || POSSESSIVE_DETERMINERS.has(opener.l) || opener.l === "with" || participle)) return -1;
  for (let j = i + 1; j < Math.min(to, i + 16); j++) {
    const t = tokens[j];
    if (t.q) continue;
    if (isComma(t)) return j;
    if (t.p === "PUNCT" && !t.q && t.v !== "-") return -1;
    // "with a diameter of 3,200 miles": a verb inside is a clause, not an apposition ("thought to represent" is).
    if (!participle && isVerbish(tokens, j) && !t.q) return -1;
  }
  return -1;
}

/**
 * "SoftBank, its largest investor, committed …": the apposition is a fact about the name before it
 * ("SoftBank is its largest investor"), and the sentence reads on without it. After an object
 * ("… included Anas Haqqani, the younger brother of …,") the sentence is kept whole.
 */
function appositions(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 3; k++) {
    if (!isComma(tokens[k]) || tokens[k - 1].q) continue;
    const end = appositionEnd(tokens, k + 1, seg.to);
    if (end < 0) continue;
    // The noun phrase before the comma, from the start of its clause ("After …, SoftBank, its …").
    let start = k - 1;
    while (start > seg.from && !isComma(tokens[start - 1]) && k - start < 8) start--;
    while (start < k && !["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(tokens[start].p)) start++;
    const isPhrase = start < k && tokens.slice(start, k).every((t, i) => !t.q && !isVerbish(tokens, start + i) && t.p !== "PUNCT" && t.p !== "ADP");
    const atSubject = isPhrase && isVerbish(tokens, end + 1);
    if (!(tokens[k - 1].p === "PROPN" || tokens[k - 1].p === "NOUN")) continue;
    let np: Range;
    if (atSubject) np = { from: start, to: k };
    else {
      // Only a name takes an apposition mid-sentence: "Anas Haqqani, the younger brother of …".
      let a = k - 1;
      while (a > seg.from && tokens[a - 1].p === "PROPN" && !isPossessive(tokens[a])) a--;
      if (tokens[k - 1].p !== "PROPN" || k - a < 2 || tokens[k + 1].p !== "DET") continue;
      np = { from: a, to: k };
    }
    const body = tokens.slice(k + 1, end);
    if (!body.some((t) => t.p === "NOUN" || t.p === "PROPN" || t.p === "NUM") && tokens[k + 1].p !== "VERB") continue;
    const plural = isPlural(tokens, np);
    const opener = tokens[k + 1];
    const verb = opener.l === "with" ? (plural ? "have" : "has") : plural ? "are" : "is";
    out.push({ from: np.from, to: end, cut: [], subject: { ...np, verb }, bodyFrom: k + 1 + (opener.l === "with" ? 1 : 0) });
    if (atSubject) seg.cut.push([k, end + 1]);
    k = end;
  }
  return out;
}

/**
 * "More than a third of WeWork's 12,000 employees …": a figure owned by a name is a fact of its
 * own, "WeWork has 12,000 employees".
 */
function possessedFigures(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 2; k++) {
    if (!isPossessive(tokens[k]) || tokens[k].q || !isCount(tokens[k + 1])) continue;
    let owner = k - 1;
    while (owner > seg.from && tokens[owner - 1].p === "PROPN") owner--;
    if (tokens[k - 1].p !== "PROPN" && !(tokens[k - 1].p === "NOUN" && tokens[k - 2]?.l === "the")) continue;
    if (tokens[k - 1].p === "NOUN") owner = k - 2;
    let end = k + 2;
    while (end < seg.to && (["NUM", "NOUN", "ADJ", "PROPN"].includes(tokens[end].p) || (tokens[end].l === "in" && tokens[end + 1]?.p === "NOUN"))) end++;
    if (!tokens.slice(k + 1, end).some((t) => t.p === "NOUN")) continue;
    out.push({ from: owner, to: end, cut: [[k, k + 1]], subject: { from: owner, to: k, verb: isPlural(tokens, { from: owner, to: k }) ? "have" : "has" }, bodyFrom: k + 1 });
  }
  return out;
}

/** "Officials warned people to stay away, and to avoid rodents": the second infinitive restated ("… warned people to avoid rodents"). */
function coordinatedInfinitives(tokens: Token[], seg: Segment): Segment[] | null {
  const firstTo = tokens.findIndex((t, i) => i > seg.from && i < seg.to && t.l === "to" && tokens[i + 1]?.p === "VERB" && !t.q);
  if (firstTo < 0 || !hasVerb(tokens, seg.from, firstTo)) return null;
  for (let k = firstTo + 3; k < seg.to - 2; k++) {
    if (tokens[k].l !== "and" || tokens[k + 1].l !== "to" || tokens[k + 2].p !== "VERB" || tokens[k].q) continue;
    const cutFrom = isComma(tokens[k - 1]) ? k - 1 : k;
    return [
      { ...seg, cut: [...seg.cut, [cutFrom, seg.to]], to: cutFrom },
      { from: k + 1, to: seg.to, cut: [], subject: { from: seg.from, to: firstTo }, bodyFrom: k + 1 },
    ];
  }
  return null;
}

/** The facts stated beside the segment's main clause, and the main clause with what they took. */
export function splitAdjuncts(tokens: Token[], seg: Segment): Segment[] {
  if (seg.subject) return [seg];
  const extra = [...appositions(tokens, seg), ...possessedFigures(tokens, seg)];
  const split = trailingParticiple(tokens, seg) ?? withAbsolute(tokens, seg) ?? coordinatedInfinitives(tokens, seg) ?? [seg];
  return [...split, ...extra.filter((e) => hasAnchor(tokens, e.from, e.to) || e.to - e.from >= 6)];
}
