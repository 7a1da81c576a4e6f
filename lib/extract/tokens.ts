import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { isTitleWord } from "./grammar";

export type Token = {
  /** The token as written. */
  v: string;
  /** Lower-cased value. */
  l: string;
  /** Universal part-of-speech tag from wink-nlp. */
  p: string;
  /** Offsets into the whole input. */
  s: number;
  e: number;
  /** Inside a direct quotation or parentheses. */
  q: boolean;
};

export type Sentence = { tokens: Token[]; start: number; end: number };

// Sentence boundaries and parts of speech only: entities and sentiment are not used and cost time.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

const OPEN_QUOTES = new Set(["“", "«", "„"]);
const CLOSE_QUOTES = new Set(["”", "»"]);

/** Marks quotations, and parentheses too: neither is split into claims of its own. */
function markQuotes(tokens: Token[]): void {
  let inside = false;
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(") depth++;
    if (depth > 0) {
      t.q = true;
      // The tokenizer may glue the closing mark to what follows it ("):").
      if (t.v.startsWith(")")) depth--;
      continue;
    }
    if (OPEN_QUOTES.has(t.v) || (t.v === '"' && !inside)) {
      inside = true;
      t.q = true;
      continue;
    }
    t.q = inside;
    if (CLOSE_QUOTES.has(t.v) || t.v === '"') inside = false;
  }
}

const lemmas = new Map<string, string>();

/**
 * The dictionary form of a verb as the tagger lemmatises it ("citing" → "cite"). Rare enough
 * (participles being restated) to read on demand, in a frame that makes the word a verb.
 */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let lemma = lemmas.get(w);
  if (lemma === undefined) {
    // wink-nlp's typings give `its.lemma` an extra parameter that `out` does not pass; it works as `its.value` does.
    const lemmaOf = its.lemma as unknown as typeof its.value;
    lemma = (nlp.readDoc(`They were ${w} it.`).tokens().out(lemmaOf) as string[])[2] || w;
    if (lemmas.size < 10_000) lemmas.set(w, lemma);
  }
  return lemma;
}

/** Longer runs without white space (no word or address is this long) are cut before tagging. */
export const MAX_WORD_CHARS = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, "g");

/**
 * The tagger's abbreviation rule is quadratic in a token's length, so one huge "word" could hold the
 * server for minutes. A space every MAX_WORD_CHARS characters bounds each token; the text keeps its
 * length, so every offset still points into the original.
 */
export function boundWordLength(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(new RegExp(`(.{${MAX_WORD_CHARS - 1}}).`, "gs"), "$1 "));
}

/** Splits one paragraph (found at `base` in the input) into sentences of tagged tokens. */
export function readSentences(raw: string, base: number): Sentence[] {
  const text = boundWordLength(raw);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const ends: number[] = [];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = text.indexOf(v, cursor);
    if (at >= 0) cursor = at + v.length;
    ends.push(cursor);
    if (at < 0 || tags[i] === "SPACE") continue;
    // A hyphen with a space on each side is a dash ("the only two states - Egypt and Jordan - said").
    // And a dash between two figures with no space is a range ("350–375 million"), not a dash.
    const dash = v === "-" && /\s/.test(text[at - 1] ?? "") && /\s/.test(text[at + 1] ?? "");
    const range = /^[–—]$/.test(v) && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");
    const word = dash ? "–" : range ? "-" : v;
    tokens.push({ v: word, l: word.toLowerCase(), p: tags[i], s: base + at, e: base + cursor, q: false });
  }
  markQuotes(tokens);

  const groups: Token[][] = [];
  let k = 0;
  for (const [, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const limit = base + ends[last];
    const group: Token[] = [];
    while (k < tokens.length && tokens[k].s < limit) group.push(tokens[k++]);
    if (group.length === 0) continue;
    const previous = groups.at(-1);
    if (previous && continuesSentence(previous, group)) previous.push(...group);
    else groups.push(group);
  }
  if (k < tokens.length) groups.push(tokens.slice(k));
  const sentences: Sentence[] = [];
  for (const group of groups) pushBounded(sentences, namesNotVerbs(subjectsNotVerbs(countedNouns(group))));
  return sentences;
}

// After these a capitalised word may open a quotation or a clause of its own.
const CLAUSE_MARKS = new Set([":", "“", '"', "—", "–", "(", "-", ";"]);

/**
 * "on 14 carries", "two TD passes": a plural right after a count (not a year: "in 2019 shows") is
 * what is counted, though the tagger reads it as a verb.
 */
function countedNouns(group: Token[]): Token[] {
  for (let i = 1; i < group.length; i++) {
    const t = group[i];
    if (t.p !== "VERB" || t.q || !/^[a-z]+s$/.test(t.v)) continue;
    const count = group[i - 1].p === "PROPN" && /^[A-Z]{2,}$/.test(group[i - 1].v) ? group[i - 2] : group[i - 1];
    if (count?.p === "NUM" && !/^(1[89]|20)\d\d$/.test(count.v)) t.p = "NOUN";
  }
  return group;
}

// An adverb that can stand before "like" the preposition at a clause's start ("Just like the tweets, …").
const LIKE_ADVERBS = new Set(["just", "much", "very", "more", "exactly", "quite", "not"]);
// Auxiliaries that follow a clause's subject ("fires have continued", "sales will rise").
const SUBJECT_AUX =
  /^(have|had|are|were|will|would|can|could|may|might|must|should|shall|do|did|never|still|also|now|already)$/;
// What may come before a clause's subject: nothing, a connector, an adverb, a determiner or an adjective.
const BEFORE_SUBJECT = new Set(["ADV", "CCONJ", "SCONJ", "DET", "ADJ", "PUNCT"]);

/**
 * The tagger reads some words as verbs: "Just like the tweets, …" ("like" is a preposition there),
 * "asked for comment", "a think tank", and "Yet fires have continued" (a plural noun before an auxiliary is the
 * subject; a verb in -s is never followed by one).
 */
function subjectsNotVerbs(group: Token[]): Token[] {
  // ("Ford’s Mustang …": a capitalised word before a possessive is a name; "Let’s" is no possessive.)
  for (let i = 0; i < group.length - 1; i++)
    if (group[i].p === "VERB" && /^\p{Lu}/u.test(group[i].v) && /^['’]s$/.test(group[i + 1].v) && group[i].l !== "let")
      group[i].p = "PROPN";
  for (let i = 1; i < group.length; i++) {
    const [prev, t, next] = [group[i - 1], group[i], group[i + 1]];
    if (t.p !== "VERB" || t.q) continue;
    const opens = i === 1 || /^[,;:—–(]$/.test(group[i - 2].v) || group[i - 2].p === "CCONJ";
    if (t.l === "like" && LIKE_ADVERBS.has(prev.l) && opens) t.p = "ADP";
    // "a think tank": one noun.
    else if (t.l === "think" && /^tanks?$/.test(next?.l ?? "")) t.p = "NOUN";
    // "for comment", "for review": a verb's bare form right after "for" is a noun.
    else if (prev.l === "for" && !/(ing|ed)$/.test(t.l) && verbLemma(t.l) === t.l && next?.p !== "DET") t.p = "NOUN";
    else if (
      /^[a-z]+s$/.test(t.v) &&
      !/(ss|us)$/.test(t.v) &&
      BEFORE_SUBJECT.has(prev.p) &&
      next &&
      (next.p === "AUX" || next.p === "ADV") &&
      SUBJECT_AUX.test(next.l) &&
      ["VERB", "AUX", "ADV"].includes(group[i + 2]?.p ?? "")
    )
      t.p = "NOUN";
  }
  return group;
}

/**
 * The tagger reads some names as verbs ("leading Spurs to the final", "Ride Pass will …"): inside
 * a sentence of ordinary case, a capitalised word is a name. (Not in a headline's title case.)
 */
function namesNotVerbs(group: Token[]): Token[] {
  const words = group.filter((t) => /^\p{L}/u.test(t.v));
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.v)).length;
  if (capitalised * 2 >= words.length) return group;
  for (let i = 1; i < group.length; i++) {
    const t = group[i];
    if ((t.p === "VERB" || t.p === "AUX") && /^\p{Lu}\p{Ll}/u.test(t.v) && !CLAUSE_MARKS.has(group[i - 1].v) && !t.q)
      t.p = "PROPN";
  }
  return group;
}

// Abbreviated titles written before a name that grammar.ts's title words leave out: plurals and
// ranks ("Sens.", "Maj."). (Not "Jr." or "Sr.", which end a name.)
const MORE_NAME_TITLES = new Set([
  "sens",
  "reps",
  "govs",
  "gens",
  "drs",
  "maj",
  "atty",
  "supt",
  "det",
  "insp",
  "rev",
  "hon",
  "cmdr",
  "cpl",
  "pvt",
  "fr",
]);
const isNameTitle = (word: string) => isTitleWord(`${word}.`) || MORE_NAME_TITLES.has(word);

/**
 * The tagger ends sentences at abbreviations inside parentheses ("Rep. Ilhan Omar (D-Minn.), the
 * office said"; "(D-N.Y.) shortly after"): a sentence left with a parenthesis open, or followed by
 * one that opens with a comma or a closing mark, is the same sentence.
 */
function continuesSentence(previous: Token[], next: Token[]): boolean {
  if (/^[,;:)\]]$/.test(next[0].v)) return true;
  // "— Sens. Cory Booker and Kamala Harris —": a title's abbreviation before a name ends nothing.
  const last = previous.at(-1)!;
  const abbreviated = last.v === "." ? previous.at(-2)?.v : /\.$/.test(last.v) ? last.v.slice(0, -1) : undefined;
  if (abbreviated && isNameTitle(abbreviated.toLowerCase()) && /^\p{Lu}/u.test(next[0].v)) return true;
  // "the VW ID. SPACE VIZZION is …": a capitals-only abbreviation before a two-word name in capitals
  // and a lower-case word is one name (not "the US. UK PM Boris Johnson …", nor "the FBI. NASA hired …").
  const capitals = (t: Token | undefined) => !!t && /^\p{Lu}{2,}$/u.test(t.v);
  if (
    abbreviated &&
    /^\p{Lu}{1,3}$/u.test(abbreviated) &&
    capitals(next[0]) &&
    capitals(next[1]) &&
    !/^\p{Lu}/u.test(next[2]?.v ?? "A")
  )
    return true;
  // "PM2.5", "pic.twitter.com", "PanARMENIAN.Net": a full stop with no space after it ends nothing.
  if (last.v === "." && next[0].s === last.e && /^[\p{L}\d]/u.test(next[0].v)) return true;
  // "Rep. Ilhan Omar (D-Minn.) spoke on Monday": a lower-case word after the parenthesis goes on.
  if (previous.at(-1)?.v === ")" && /^\p{Ll}/u.test(next[0].v)) return true;
  // "Rep. David McKinley, R-W. Va., visited …": an abbreviation set off by a comma goes on too.
  const initial = previous.at(-1)?.v === "." ? previous.at(-2)?.v : previous.at(-1)?.v.replace(/\.$/, "");
  const abbreviation =
    (/^\p{Lu}\p{Ll}{0,3}\.$/u.test(next[0].v) && next[1]?.v === ",") ||
    (/^\p{Lu}\p{Ll}{0,3}$/u.test(next[0].v) && next[1]?.v === "." && next[2]?.v === ",");
  if (abbreviation && /^\p{Lu}$/u.test(initial ?? "")) return true;
  let depth = 0;
  for (const t of previous) depth += t.v === "(" ? 1 : t.v.startsWith(")") ? -1 : 0;
  return depth > 0;
}

/** No news sentence runs this long; past it, clause analysis (quadratic in the worst case) is bounded by cutting. */
export const MAX_SENTENCE_TOKENS = 160;

/** Adds a sentence, cut at its last comma or semicolon before each MAX_SENTENCE_TOKENS (or at the limit). */
function pushBounded(sentences: Sentence[], group: Token[]): void {
  let from = 0;
  while (from < group.length) {
    let to = Math.min(group.length, from + MAX_SENTENCE_TOKENS);
    if (to < group.length) {
      const cut = group.slice(from + 1, to).findLastIndex((t) => t.v === "," || t.v === ";");
      if (cut >= 0) to = from + 1 + cut + 1;
    }
    const part = group.slice(from, to);
    sentences.push({ tokens: part, start: part[0].s, end: part[part.length - 1].e });
    from = to;
  }
}

/** The tokens' text with their original spacing (any run of white space becomes one space). */
export function joinTokens(tokens: Token[]): string {
  let out = "";
  for (let i = 0; i < tokens.length; i++) out += (i > 0 && tokens[i].s > tokens[i - 1].e ? " " : "") + tokens[i].v;
  return out;
}
