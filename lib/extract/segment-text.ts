import { finiteClauseAfter, opensSubordinate, PREPOSITIONAL_SUBORDINATORS, type Segment } from "./clauses";
import {
  gluedHyphen,
  IRREGULAR_PARTICIPLES,
  isVerbish,
  lastTitledPerson,
  SUBORDINATORS,
  TITLE_STATUS,
} from "./grammar";
import { joinTokens, type Token } from "./tokens";

const LEADING = new Set([...SUBORDINATORS, "but", "and", "yet", "so", "—", "–", "--", ";", ",", ":", "that"]);
const SENTENCE_LEADING = new Set(["but", "and", "yet", "so"]);
const FRAMING_TAGS = new Set(["ADV", "ADJ", "PART", "CCONJ"]);

/** First token of the segment's own words: past connectors and framing adverbials ("Significantly,"). */
export function contentStart(tokens: Token[], seg: Segment): number {
  let from = seg.from;
  const asIf = (i: number) => tokens[i]?.l === "as" && tokens[i + 1]?.l === "if";
  // At the start of a sentence "After the war, …" keeps its subordinator; only a split leaves a dangling one.
  const leading = seg.from === 0 ? SENTENCE_LEADING : LEADING;
  // "even as rents rose" after a split: the adverb goes with its subordinator.
  const opening = (i: number) => seg.from > 0 && opensSubordinate(tokens, i);
  // "Q: …" and "A: …" in an interview: the label is no part of what was said.
  if (seg.from === 0 && /^[QA]$/.test(tokens[0]?.v ?? "") && tokens[1]?.v === ":" && seg.to > 2) from = 2;
  // "after a break later that month, the schedule …": "after" before a phrase, not a clause, is a preposition.
  const preposition = (i: number) => PREPOSITIONAL_SUBORDINATORS.has(tokens[i].l) && !finiteClauseAfter(tokens, i);
  // "…, and that angered residents": a "that" before a verb is the clause's subject, not its complementizer.
  const pronounThat = (i: number) => {
    const verb = tokens[i + 1]?.p === "ADV" ? i + 2 : i + 1;
    return tokens[i].l === "that" && verb < seg.to && isVerbish(tokens, verb) && !/ing$/.test(tokens[verb].l);
  };
  // Framing phrases may follow each other ("Recently, though, NASA …").
  for (let round = 0; round < 3; round++) {
    const before = from;
    // ("So-called neo-banks": a word glued to the next by a hyphen is no connector.)
    while (
      from < seg.to &&
      (leading.has(tokens[from].l) || opening(from)) &&
      !tokens[from].q &&
      !asIf(from) &&
      !gluedHyphen(tokens, from + 1) &&
      !pronounThat(from) &&
      !(seg.from > 0 && preposition(from))
    )
      from++;
    const comma = tokens.slice(from, Math.min(seg.to, from + 8)).findIndex((t) => t.v === "," && !t.q);
    if (comma > 0) {
      const lead = tokens.slice(from, from + comma);
      // ("though," set off by commas is an adverb, whatever its tag.)
      const framing =
        lead.every((t) => FRAMING_TAGS.has(t.p)) || asIf(from) || (lead.length === 1 && lead[0].l === "though");
      if (framing && from + comma + 1 < seg.to) from += comma + 1;
    }
    if (from === before) break;
  }
  return from;
}

function keep(seg: Segment, from: number, to: number): (t: Token, i: number) => boolean {
  return (_t, i) => i >= from && i < to && !seg.cut.some(([a, b]) => i >= a && i < b);
}

// What may open a counted phrase: "close to 1,000 workers", "the 40 workers".
const COUNT_LEAD = /^(a|an|the|these|those|close|to|nearly|about|some|around|over|more|than|almost|up)$/;

function restateSubject(tokens: Token[], seg: Segment): string {
  let subject = tokens.slice(seg.subject!.from, seg.subject!.to).filter((t) => !/^[“”"]$/.test(t.v));
  // "…, but a second motor could be installed, giving the car …": the connector is no part of the subject.
  while (subject.length > 1 && SENTENCE_LEADING.has(subject[0].l)) subject = subject.slice(1);
  const share = seg.subject!.share;
  // "many of whom", after "close to 1,000 workers": "Many of the workers".
  if (share)
    while (subject.length > 1 && (COUNT_LEAD.test(subject[0].l) || subject[0].p === "NUM")) subject = subject.slice(1);
  let text = share ? `${share} of the ${joinTokens(subject)}` : joinTokens(subject).replace(/^(a|an|the)\s+/i, "The ");
  if (seg.subject!.verb) text += ` ${seg.subject!.verb}`;
  return text;
}

function tidy(text: string): string {
  let out = text
    // "… per shift [1].": a footnote's number is no part of the claim.
    .replace(/\s*\[\d{1,3}\](?=\s*(?:[.,;:!?]|$))|\s*\[\d{1,3}$/g, "")
    .replace(/\s+([,.;:!?%)\]”])/g, "$1")
    .replace(/([(\[])\s+/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim();
  // Curly double quotes come in pairs; a lone one was cut off by the split. (’ is also an apostrophe.)
  if (out.split("“").length !== out.split("”").length)
    out = out
      .replace(/(\w)[“”](\w)/g, "$1 $2")
      .replaceAll("“", "")
      .replaceAll("”", "");
  if ((out.match(/"/g)?.length ?? 0) % 2) out = out.replaceAll('"', "");
  // (And a comma left inside a closing quote: 'assume the disease is "unexplained,"'.)
  out = out.replace(/^[,;:—–\s-]+|[,;:—–\s-]+$/g, "").replace(/,(["”’])$/, "$1");
  if (!out) return out;
  out = out[0].toUpperCase() + out.slice(1);
  return /[.!?…]["”’)]?$/.test(out) ? out : `${out}.`;
}

/** Who an opening "he" or "she" (or "his", "her": `possessive`) stands for, or null to keep the pronoun. */
export type PersonFor = (pronoun: "he" | "she", possessive?: boolean) => string | null;

/** The claim in plain words: the segment's tokens, restated about its antecedent when it has one. */
export function segmentText(tokens: Token[], seg: Segment, from: number, person: PersonFor | null = null): string {
  let body: string;
  const restated = !!seg.subject && seg.bodyFrom !== undefined;
  if (restated) {
    const rest = joinTokens(tokens.filter(keep(seg, seg.bodyFrom!, seg.to)))
      // "Former Acme CEO Jane Roe …": after "is the", a sentence's capital is no longer needed.
      .replace(/^\p{Lu}\p{Ll}+/u, (w) => (TITLE_STATUS.has(w.toLowerCase()) ? w.toLowerCase() : w));
    body = withSubject(restateSubject(tokens, seg), /^['’]/.test(rest) ? rest : ` ${rest}`);
  } else body = joinTokens(tokens.filter(keep(seg, from, seg.to)));
  // A "he" or "she" that opens the claim, restated subject or not, or a "his" or "her" before its noun
  // ("His first match …"): the person named in this sentence, else the last one named before it;
  // else the pronoun stays.
  // ("Later that evening, he admitted …": after an opening phrase of time, the subject "he" too.)
  const lead = TIME_OPENING.exec(body)?.[0] ?? "";
  const opener = OPENING_PRONOUN.exec(body.slice(lead.length));
  if (opener && (!lead || !/^h(is|er)$/i.test(opener[1]))) {
    const word = opener[1].toLowerCase();
    const pronoun = word === "he" || word === "his" ? "he" : "she";
    const owner = word === "his" || word === "her";
    const named = lastTitledPerson(tokens, restated ? seg.subject!.from : from) ?? person?.(pronoun, owner);
    const rest = body.slice(lead.length);
    if (named)
      body =
        lead + (owner ? rest.replace(OPENING_PRONOUN, possessive(named)) : withSubject(named, rest.slice(word.length)));
  }
  return tidy(body);
}

// "Later that evening, ", "On Monday, ", "In 2019, ": a short opening phrase of time before the subject.
const TIME_OPENING =
  /^(?:(?:Later|Earlier|Last|Next|On|In|At|After|Before|During|By|Since|Then|Now|Today|Yesterday|Meanwhile)\b[^,.;:"“”]{0,40}, )/;

const CONTRACTED: Record<string, string> = { re: "are", ve: "have", ll: "will", m: "am" };

/**
 * The claim with `subject` in place of the pronoun it opened with, contractions spelt out: "He’s
 * not the only one" → "Ana Ruiz is not …", "It's been sold" → "… has been sold", "They’ll" → "… will".
 */
export function withSubject(subject: string, rest: string): string {
  const contracted = /^['’](s|re|ve|ll|d|m)\b\s*/.exec(rest);
  if (!contracted) return subject + rest;
  const after = rest.slice(contracted[0].length);
  const [, first = "", second = ""] = /^(\w+)(?:\s+(\w+))?/.exec(after) ?? [];
  const participle = (w: string) => /(ed|en)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
  // "’s been", "’s previously tested", "’s taught me" are perfect; "’s paired with" is passive.
  const perfect =
    first === "been" ||
    (/ly$/.test(first) && participle(second)) ||
    (participle(first) && /^(me|him|her|us|them|it|a|an|the|his|their|its|our|my|so|\d+)$/i.test(second));
  const verb =
    contracted[1] === "s"
      ? perfect
        ? "has"
        : "is"
      : contracted[1] === "d"
        ? perfect || participle(first)
          ? "had"
          : "would"
        : CONTRACTED[contracted[1]];
  return `${subject} ${verb} ${after}`;
}

// "Her" opens a claim as a possessive only before its noun: "Her lawyers said …", not "Her, they
// thanked …".
const OPENING_PRONOUN = /^(he|she|his|her)\b(?!\s*[,;:.])/i;
/** "Mourinho's", and "Jones'" for a name ending in s, as news style writes it. */
const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);
