import {
  antecedent,
  IRREGULAR_PARTICIPLES,
  asStartsClause,
  ATTRIBUTION_VERBS,
  DURATIONS,
  hasAnchor,
  clauseVerb,
  hasClause,
  singledOut,
  hasVerb,
  INTERPRETIVE,
  isDash,
  isPossessive,
  isVerbish,
  verbBeforeInfinitive,
  MODALS,
  NOUN_PHRASE_TAGS,
  POSSESSIVE_PRONOUNS,
  possessiveMark,
  SUBORDINATORS,
} from "./grammar";
import { isPlural, splitAdjuncts, subjectOf } from "./adjuncts";
import { extractDates } from "./dates";
import { pastOf } from "./inflect";
import { joinTokens, verbLemma, type Token } from "./tokens";

/**
 * A part of a sentence that states one fact: tokens [from, to), minus `cut` ranges, optionally
 * restated about an antecedent ("The treaty" + "replaces …").
 */
export type Segment = {
  from: number;
  to: number;
  cut: [number, number][];
  /** `share`: the clause is about part of the subject ("many" of "the workers"). */
  subject?: { from: number; to: number; verb?: string; share?: string };
  bodyFrom?: number;
  /** A fact the writer states in passing (a title, a rank, an apposition), not the sentence's speaker. */
  writer?: true;
};

const isClosingQuote = (t: Token | undefined) => !!t && t.p === "PUNCT" && /[”"’]/.test(t.v);

const CLAUSE_ADVERBS = new Set(["just", "even", "exactly", "only"]);
const ASKING_VERBS = new Set([
  "state",
  "say",
  "know",
  "ask",
  "explain",
  "reveal",
  "disclose",
  "specify",
  "predict",
  "tell",
  "unclear",
]);
const JUST_WHEN = new Set(["before", "after", "when", "while"]);

/** "even as", "even though", "just before": an adverb at `k` that opens the subordinate clause after it. */
export function opensSubordinate(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.l ?? "";
  return (
    (tokens[k].l === "even" && SUBORDINATORS.has(next)) ||
    (tokens[k].l === "just" && JUST_WHEN.has(next)) ||
    // "…, primarily because a long time had passed": the adverb says how far the reason goes.
    (REASON_ADVERBS.has(tokens[k].l) && next === "because" && tokens[k - 1]?.v === ",")
  );
}
const REASON_ADVERBS = new Set([
  "primarily",
  "mainly",
  "partly",
  "largely",
  "mostly",
  "chiefly",
  "simply",
  "partially",
]);
const CONDITIONS = new Set(["if", "unless", "when", "because"]);

// Pronouns that can only be subjects: "he and Kimberly", "a commission he appointed".
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const PLURAL_VERBS = new Set(["have", "are", "were"]);

// Not NUM: "31 points, 9 rebounds and 7 assists" is a list of figures, not two clauses.
const SUBJECT_START = new Set(["PROPN", "PRON", "DET", "NOUN"]);

function isClauseBoundary(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.q || k === 0) return false;
  if (t.v === ",") return clauseListComma(tokens, k) || predicateListComma(tokens, k);
  // "X said after his meeting … that …": what follows a speech verb is its content, not a new fact.
  if (ATTRIBUTION_VERBS.has(tokens[k - 1].l)) return false;
  // "if and when the Senate holds a trial": one subordinator.
  if (
    (t.l === "and" && tokens[k - 1].l === "if") ||
    (t.l === "when" && tokens[k - 1].l === "and" && tokens[k - 2]?.l === "if")
  )
    return false;
  // "claims that when he flew …, he came under fire": a clause that opens the "that" clause is inside it.
  if (tokens[k - 1].l === "that" && SUBORDINATORS.has(t.l)) return false;
  if (PREPOSITIONAL_SUBORDINATORS.has(t.l)) return !DURATIONS.has(tokens[k - 1].l) && finiteClauseAfter(tokens, k);
  // "named because of agency policy": "because of" is a preposition.
  if (t.l === "because" && tokens[k + 1]?.l === "of") return false;
  // "even as rents rose", "just before the storm hit": the adverb opens the subordinate clause.
  if (opensSubordinate(tokens, k)) return subordinateOpens(tokens, k + 1);
  // "just as she did", "only after the vote", "exactly as planned": a comparison or a restriction
  // stays in the sentence.
  if (SUBORDINATORS.has(t.l) && CLAUSE_ADVERBS.has(tokens[k - 1].l)) return false;
  // "while allowing the president to …": a participle with no clause after it. ("when driving for Uber
  // seemed …" has its gerund for a subject; "while searching the car, officers located …" a clause.)
  if (SUBORDINATORS.has(t.l) && tokens[k + 1]?.p === "VERB" && !clauseAfterParticiple(tokens, k + 2)) return false;
  // "declined to state when the lander would be ready": a question it reports, not a time.
  if (t.l === "when" && (tokens[k - 1].p === "ADV" || ASKING_VERBS.has(verbLemma(tokens[k - 1].l)))) return false;
  if (SUBORDINATORS.has(t.l)) return subordinateOpens(tokens, k);
  // "if the team learns enough — or if they get lucky.": a second condition of the same clause (not
  // "—and if you reuse passwords, thieves could …", which has a clause of its own after it).
  if (isDash(t) && tokens[k + 1]?.p === "CCONJ" && CONDITIONS.has(tokens[k + 2]?.l))
    return tokens.slice(k + 3).some((x) => x.v === "," && !x.q);
  // "—the other being bubonic plague": an absolute, restated by beingAbsolute.
  if (isDash(t) && beingFollows(tokens, k) > 0) return false;
  // "with Israel - Egypt and Jordan - also criticised": dashes around a phrase with no verb set it off.
  if (isDash(t) && verblessDashPair(tokens, k)) return false;
  if (isDash(t) || t.v === ";") return true;
  // "it's all but guaranteed": "all but" means almost.
  if (t.l === "but" && ["all", "anything", "nothing"].includes(tokens[k - 1].l)) return false;
  // "left a man not only breathless but with a lung condition": the second half of "not only".
  if (t.l === "but" && notOnlyBefore(tokens, k)) return false;
  // "had no choice but to cut 40 jobs": "but" before an infinitive means "except".
  if (t.l === "but" && tokens[k + 1]?.l === "to" && tokens[k - 1].v !== ",") return false;
  if (["but", "yet"].includes(t.l)) return true;
  // "admitted to threatening the girl, and hiding her …": a second -ing form continues the first.
  if (t.l === "and" && tokens[k + 1]?.p === "VERB" && /ing$/.test(tokens[k + 1].l) && ingBefore(tokens, k))
    return false;
  // "says that prices rose, and that wages fell": a second complement after a comma too (not "…, and
  // that was the end", where "that" is the subject).
  if (
    t.l === "and" &&
    tokens[k - 1]?.v === "," &&
    tokens[k + 1]?.l === "that" &&
    !isVerbish(tokens, k + 2) &&
    tokens.some((x, i) => i < k && x.l === "that" && !x.q && isVerbish(tokens, i - 1))
  )
    return false;
  if (t.l === "and" && (tokens[k - 1]?.v === "," || tokens[k + 1]?.v === ","))
    // "such as motors, pumps, and semiconductors, have seen …": the last item of a list, not a clause.
    return !listItemAfter(tokens, k);
  // "the industry's symbol of excess and luxury flight was sidelined": two bare nouns after "of".
  if (
    t.l === "and" &&
    (tokens[k - 1].p === "NOUN" || tokens[k - 1].p === "ADJ") &&
    tokens[k - 2]?.l === "of" &&
    (tokens[k + 1]?.p === "NOUN" || tokens[k + 1]?.p === "ADJ")
  )
    return false;
  // "says that prices rose and that wages fell": a second complement, restated by coordinatedComplements.
  if (t.l === "and" && tokens[k + 1]?.l === "that") return false;
  // "asked how the money was spent and who approved it": a second question or "what" clause, the
  // object of the same verb.
  if (t.l === "and" && WH_OBJECTS.has(tokens[k + 1]?.l ?? "")) return false;
  // "noting that he and Kimberly experienced …": a subject pronoun before "and" is half of a subject.
  if (t.l === "and" && SUBJECT_PRONOUNS.has(tokens[k - 1].l)) return false;
  if (t.l === "and" && (speakersAfterComma(tokens, k) || speakerAfterQuote(tokens, k))) return false;
  // "a trade deal between the United States and China was …": the pair "between" opened.
  if (t.l === "and" && pairAfterBetween(tokens, k)) return false;
  // "New electric vehicles, several new SUVs, a compact car and a concept car are on display".
  if (t.l === "and" && listItemAfter(tokens, k)) return false;
  // "The doctor who treated the girl and her mother was praised": inside a relative clause of the subject.
  if (t.l === "and" && inSubjectRelative(tokens, k)) return false;
  // "the team of Catherine Whitaker, David Law and Matt Roberts gave …": the last name of a list.
  if (t.l === "and" && (nameListEnd(tokens, k) || namesAfterOpener(tokens, k))) return false;
  // "Since the AirPods launched in 2016, users and critics have asked …": after an opening phrase the
  // main clause has not begun yet, so "and" joins two subjects.
  if (t.l === "and" && (subjectStillOpen(tokens, k) || noVerbYet(tokens, k))) return false;
  // "faced stiff international and Palestinian criticism": two adjectives before one noun (not "prices
  // were high and Chinese exports fell", where the first is a predicate).
  if (
    t.l === "and" &&
    tokens[k - 1].p === "ADJ" &&
    !["AUX", "VERB"].includes(tokens[k - 2]?.p ?? "") &&
    ["ADJ", "PROPN"].includes(tokens[k + 1]?.p ?? "") &&
    tokens[k + 2]?.p === "NOUN" &&
    !isVerbish(tokens, k + 3)
  )
    return false;
  // "evident that personal and business technology would blend": an adjective and a noun's modifier
  // before one noun, after a word that opens a noun phrase.
  if (
    t.l === "and" &&
    tokens[k - 1].p === "ADJ" &&
    ["SCONJ", "DET", "ADP"].includes(tokens[k - 2]?.p ?? "") &&
    tokens[k + 1]?.p === "NOUN" &&
    tokens[k + 2]?.p === "NOUN" &&
    !isVerbish(tokens, k + 1) &&
    !isVerbish(tokens, k + 2)
  )
    return false;
  // "… and Kim defeated Garcia": a bare "and" joins two clauses when a new subject follows it;
  // "… and drew criticism": a predicate of its own, restated about the first clause's subject.
  return (
    t.l === "and" &&
    !!tokens[k + 1] &&
    ((SUBJECT_START.has(tokens[k + 1].p) &&
      !sharedDeterminer(tokens, k) &&
      !nameWithAnd(tokens, k) &&
      newClauseAfter(tokens, k + 1)) ||
      finitePredicate(tokens, k + 1))
  );
}

const WH_OBJECTS = new Set(["what", "who", "whom", "how", "why", "whether"]);
/** A word that opens a question, "where" or a subordinate clause inside a clause ("how they arrived", "where the line …"). */
const opensEmbedded = (t: Token) => WH_OBJECTS.has(t.l) || t.l === "where" || (SUBORDINATORS.has(t.l) && !t.q);

/**
 * "Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo": a comma between
 * two clauses of a list that "and" closes with a third. (Not ", police said", nor an apposition or a
 * relative clause after the comma.)
 */
function clauseListComma(tokens: Token[], k: number): boolean {
  // After the comma, a short subject and its finite verb (cheapest to rule out, so first).
  let v = k + 1;
  while (v < k + 7 && v < tokens.length && LIST_SUBJECT.has(tokens[v].p) && !tokens[v].q && !isVerbish(tokens, v)) v++;
  // ("…, Rudolph then tried to …": an adverb before the verb.)
  const subjectEnd = v;
  while (v > k + 1 && tokens[v]?.p === "ADV" && !tokens[v].q) v++;
  if (
    subjectEnd === k + 1 ||
    v >= tokens.length ||
    tokens[v - 1].p === "DET" ||
    !isVerbish(tokens, v) ||
    tokens[v].q ||
    /ing$/.test(tokens[v].l)
  )
    return false;
  // A finite verb with something after it ("driver assist, park assist" is a list of nouns), agreeing
  // with its subject ("we saw Samsung fold the Fold, the Motorola Razr make a comeback" is not one).
  const bare = tokens[v].p === "VERB" && verbLemma(tokens[v].l) === tokens[v].l;
  if (!tokens[v + 1] || tokens[v + 1].p === "PUNCT" || (bare && !isPlural(tokens, { from: k + 1, to: subjectEnd }, v)))
    return false;
  let group = v;
  while (group < tokens.length && (tokens[group].p === "AUX" || tokens[group].p === "ADV")) group++;
  // ("added a goal": "added" with an object is no speech verb.)
  const speech = (i: number) =>
    !!tokens[i] &&
    ATTRIBUTION_VERBS.has(tokens[i].l) &&
    !(tokens[i].l === "added" && ["DET", "NUM"].includes(tokens[i + 1]?.p ?? ""));
  if (speech(v) || speech(group)) return false;
  // Before it, a clause of its own (not a relative or subordinate one: "…, where the line has all but
  // disappeared, some people …").
  let start = k - 1;
  while (start > 0 && !(tokens[start - 1].v === "," && !tokens[start - 1].q)) start--;
  if (opensEmbedded(tokens[start]) || !hasFiniteVerb(tokens, start, k)) return false;
  return tokens.some(
    (x, j) =>
      j > v && x.l === "and" && !x.q && SUBJECT_START.has(tokens[j + 1]?.p ?? "") && newClauseAfter(tokens, j + 1),
  );
}
const LIST_SUBJECT = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * "Ana Ruiz browsed the Internet, lingered in an office and slept for two hours": a comma between
 * predicates of one subject, in the past or in -s, listed before the "and" that closes them. (Not
 * where the item before it holds a clause of its own, "alleged that Noel and Thomas, assigned …",
 * nor in a list of nouns, "canceled flights, closed schools"; and a verb in its dictionary form may
 * be an imperative, "Next time you feel like it, pick up the phone and call …".)
 */
function predicateListComma(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 1];
  if (!verb || verb.q || verb.p !== "VERB" || /ing$/.test(verb.l) || ATTRIBUTION_VERBS.has(verb.l)) return false;
  if (verbLemma(verb.l) === verb.l || !tokens[k + 2] || tokens[k + 2].p === "PUNCT") return false;
  if (/ed$/.test(tokens[k - 2]?.l ?? "") && tokens[k - 1].p === "NOUN") return false;
  let start = k - 1;
  while (start > 0 && !(tokens[start - 1].v === "," && !tokens[start - 1].q)) start--;
  const embeds = (x: Token) => x.l === "that" || opensEmbedded(x) || RELATIVE_OPENERS.has(x.l);
  // ("alleged that Ana Ruiz browsed …, lingered …": the list is the "that" clause's.)
  const that = tokens.slice(start, k).findLastIndex((x) => x.l === "that") + start;
  if (tokens.slice(start, k).some((x) => embeds(x) && x.l !== "that")) return false;
  let first = Math.max(start, that + 1);
  while (first < k && !(tokens[first].p === "VERB" && !tokens[first].q && isVerbish(tokens, first))) first++;
  if (first === k || tokens[first - 1]?.p === "AUX" || tokens[first - 1]?.l === "to") return false;
  const and = tokens.findIndex((x, j) => j > k + 1 && x.l === "and" && !x.q);
  return (
    and > 0 &&
    !tokens.slice(k + 2, and).some(embeds) &&
    finitePredicate(tokens, and + 1) &&
    tokens[and + 1].p === "VERB"
  );
}

/** Whether the dash at `k` and another within a few words enclose a phrase with no verb. */
function verblessDashPair(tokens: Token[], k: number): boolean {
  for (const step of [1, -1]) {
    for (let i = k + step; i > 0 && i < tokens.length && Math.abs(i - k) <= 12; i += step) {
      if (isDash(tokens[i])) {
        const [a, b] = step > 0 ? [k + 1, i] : [i + 1, k];
        if (b - a >= 1 && !hasVerb(tokens, a, b) && !tokens.slice(a, b).some((t) => t.q)) return true;
        break;
      }
    }
  }
  return false;
}

/** An -ing verb in the clause before `k`, with no finite verb after it. */
function ingBefore(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 10; i--) {
    const t = tokens[i];
    if (t.q || t.v === ";" || isDash(t)) return false;
    if (t.p === "VERB" && /ing$/.test(t.l)) return true;
    if (t.p === "AUX" || (t.p === "VERB" && i < k - 1)) return false;
  }
  return false;
}

/** The token before the run of proper nouns that ends at `i` (`i` itself when it is no proper noun). */
function beforeNames(tokens: Token[], i: number): number {
  while (i > 0 && tokens[i].p === "PROPN") i--;
  return i;
}

function notOnlyBefore(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i > 0 && k - i <= 10; i--) {
    if (tokens[i].v === "," || tokens[i].q) return false;
    if (tokens[i].l === "only" && tokens[i - 1].l === "not") return true;
  }
  return false;
}

// Openers that take only a clause, never a noun alone ("after Christmas" is a time, "that Lisbon" is not).
const CLAUSE_ONLY_OPENERS = new Set(["that", "while", "whereas", "although", "though", "when", "because"]);

/**
 * "when Maximo Gonzalez and Leonardo Mayer topped …", "said that Lisbon and the Madrid government
 * will …": the names an opener starts with have no verb yet, so the "and" joins two subjects.
 */
function namesAfterOpener(tokens: Token[], k: number): boolean {
  const i = beforeNames(tokens, k - 1);
  if (i === k - 1 || !(SUBORDINATORS.has(tokens[i].l) || tokens[i].l === "that")) return false;
  return tokens[k + 1]?.p === "PROPN" || (CLAUSE_ONLY_OPENERS.has(tokens[i].l) && SUBJECT_START.has(tokens[k + 1]?.p));
}

function nameListEnd(tokens: Token[], k: number): boolean {
  const i = beforeNames(tokens, k - 1);
  if (i === k - 1 || tokens[i].v !== "," || tokens[i - 1]?.p !== "PROPN") return false;
  let after = k + 1;
  while (tokens[after]?.p === "PROPN") after++;
  return after > k + 1;
}

function pairAfterBetween(tokens: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && k - i <= 6; i--) {
    if (tokens[i].l === "between") return true;
    if (!NOUN_PHRASE_TAGS.has(tokens[i].p)) return false;
  }
  return false;
}

/**
 * "“…,” lead researcher and NASA planetary scientist Lucas Paganini said", "“…,” Paganini and his
 * team wrote": after a quotation, words with no verb, "and", then more words and a speech verb name
 * who said it.
 */
function speakerAfterQuote(tokens: Token[], k: number): boolean {
  let open = k - 1;
  while (open >= 0 && !tokens[open].q && k - open <= 8) {
    // ("lead researcher": a verb's form before a noun modifies it.)
    if (isVerbish(tokens, open) && tokens[open + 1]?.p !== "NOUN") return false;
    open--;
  }
  if (open < 0 || !tokens[open].q || !tokens[0].q) return false;
  // (A quotation that opens the sentence and closes on a comma: not a quoted phrase inside it.)
  const closed = isClosingQuote(tokens[open]) && (tokens[open - 1]?.v === "," || tokens[open + 1]?.v === ",");
  if (!closed) return false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 8); i++)
    if (isVerbish(tokens, i)) return ATTRIBUTION_VERBS.has(tokens[i].l) && !tokens[i].q;
  return false;
}

/** "…, Paganini and his team wrote in the paper": two speakers after the words they wrote. */
function speakersAfterComma(tokens: Token[], k: number): boolean {
  const b = beforeNames(tokens, k - 1);
  if (b === k - 1 || tokens[b].v !== ",") return false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 6); i++)
    if (isVerbish(tokens, i)) return ATTRIBUTION_VERBS.has(tokens[i].l);
  return false;
}

/**
 * "concerns that the partnership would …", "a firm that created GateHouse", "red flags included that
 * Neumann had borrowed …": a "that" clause of a content noun, a relative "that", or a complement of
 * a verb that reports nothing (a speaker's is restated by reportedSubject).
 */
function thatOpensClause(tokens: Token[], i: number, k: number): boolean {
  const prev = tokens[i - 1];
  if (CONTENT_NOUNS.has(prev.l)) return true;
  if (prev.p === "NOUN") return isVerbish(tokens, i + 1);
  // Not "so impaired that …" (a result), nor "trimmed that a little" (no clause).
  return prev.p === "VERB" && !ATTRIBUTION_VERBS.has(prev.l) && tokens[i - 2]?.l !== "so" && hasVerb(tokens, i + 1, k);
}

/**
 * A relative clause ("who", "which") or another "that" clause opened after the clause's verb, with
 * no comma closing it before `k`.
 */
function insideRelative(tokens: Token[], start: number, k: number): boolean {
  for (let i = k - 1; i > start; i--) {
    if (tokens[i].v === "," || tokens[i].q) return false;
    const opens = ["who", "which"].includes(tokens[i].l) || (tokens[i].l === "that" && thatOpensClause(tokens, i, k));
    if (opens && hasVerb(tokens, start, i)) return true;
  }
  return false;
}

/**
 * Whether `k` is inside a relative clause ("who", "which", a "that" after a noun) that opens in the
 * subject, before the clause has any verb of its own, with no comma between.
 */
function inSubjectRelative(tokens: Token[], k: number): boolean {
  let start = k - 1;
  while (start > 0 && !isBreak(tokens[start - 1])) start--;
  for (let i = k - 1; i > start; i--) {
    const opens = ["who", "which", "that"].includes(tokens[i].l) && ["NOUN", "PROPN"].includes(tokens[i - 1].p);
    if (opens) return !hasVerb(tokens, start, i) && hasVerb(tokens, i + 1, k);
  }
  return false;
}
const isBreak = (t: Token) => t.q || t.v === "," || t.v === ";" || isDash(t);

/** A finite verb after an -ing phrase from `i`, before the sentence ends or a relative clause opens. */
function clauseAfterParticiple(tokens: Token[], i: number): boolean {
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.q) continue;
    // (A verb after "and" or "but" is the main clause's second predicate.)
    if (t.p === "CCONJ" || (t.v === "," && RELATIVE_OPENERS.has(tokens[i + 1]?.l ?? ""))) return false;
    if (isVerbish(tokens, i) && tokens[i - 1].l !== "to" && !/ing$/.test(t.l)) return true;
  }
  return false;
}
const RELATIVE_OPENERS = new Set(["which", "who", "whom", "whose", "where"]);

/** A short noun phrase and "being" after the token at `k`. */
export function beingFollows(tokens: Token[], k: number): number {
  let i = k + 1;
  while (i < tokens.length && i - k <= 4 && NOUN_PHRASE_TAGS.has(tokens[i].p)) i++;
  return i > k + 1 && tokens[i]?.l === "being" ? i : -1;
}

/** Whether the subordinator at `k` opens a clause: "as" only before one of its own, and not as an aside. */
const subordinateOpens = (tokens: Token[], k: number) =>
  tokens[k].l !== "as" || (asStartsClause(tokens, k) && !predicateBeforeVerb(tokens, k) && !asAside(tokens, k));

const EXPECTING = new Set([
  "expected",
  "planned",
  "envisioned",
  "envisaged",
  "predicted",
  "forecast",
  "intended",
  "promised",
  "required",
  "scheduled",
  "feared",
  "hoped",
]);

/**
 * "the “new Gannett,” as Reed dubbed the combination, will have …": an "as" clause between commas
 * with the sentence's verb straight after it is a remark inside the clause.
 */
function asAside(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.v !== "," && !(isClosingQuote(tokens[k - 1]) && tokens[k - 2]?.v === ",")) return false;
  const close = tokens.findIndex((t, i) => i > k + 1 && i <= k + 10 && t.v === "," && !t.q);
  // "…, as one bank CEO told me." "…, as I did at the conference.": a remark that ends the sentence.
  if (close < 0) return asRemark(tokens, k, tokens.length);
  if (asRemark(tokens, k, close)) return true;
  // "would be launched, as NASA originally envisioned, on commercial vehicles": a verb of expecting
  // or saying with no object of its own refers to the clause it sits in.
  if (EXPECTING.has(tokens[close - 1].l) || ATTRIBUTION_VERBS.has(tokens[close - 1].l)) return true;
  const verb = tokens[close + 1];
  return verb?.p === "AUX" || (isVerbish(tokens, close + 1) && !/ing$/.test(verb.l));
}

/** Whether "as" at `k` up to `end` is a remark on the clause: a speaker's "as X told me", or "as I did …". */
function asRemark(tokens: Token[], k: number, end: number): boolean {
  let last = end - 1;
  while (last > k && tokens[last].p === "PUNCT") last--;
  if (last - k > 8 || tokens.slice(k + 1, last + 1).some((t) => t.q)) return false;
  let v = last;
  while (v > k + 1 && !isVerbish(tokens, v)) v--;
  if (v <= k + 1) return false;
  const told = (ATTRIBUTION_VERBS.has(tokens[v].l) || EXPECTING.has(tokens[v].l)) && last - v <= 1;
  return told || (["did", "do", "does"].includes(tokens[v].l) && SUBJECT_PRONOUNS.has(tokens[v - 1].l));
}

/** "the exact circumstances of the deaths and injuries remained unclear": one "the" for two nouns. */
function sharedDeterminer(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  const before = tokens[k - 1];
  if (next.p !== "NOUN" || before?.p !== "NOUN" || !/^[a-z]/.test(next.v)) return false;
  const det = tokens[k - 2]?.p === "ADJ" ? tokens[k - 3] : tokens[k - 2];
  return det?.p === "DET" && ["VERB", "AUX"].includes(tokens[k + 2]?.p ?? "");
}

/**
 * "a U.S. Securities and Exchange Commission inquiry": after one determiner, capitalised words on
 * both sides of "and" and a common noun after them are one name. ("the Celtics and LeBron James
 * scored" has a verb after the name.)
 */
function nameWithAnd(tokens: Token[], k: number): boolean {
  const capital = (i: number) => tokens[i]?.p === "PROPN" && /^\p{Lu}/u.test(tokens[i].v);
  let b = k - 1;
  while (capital(b)) b--;
  let a = k + 1;
  while (capital(a)) a++;
  return b < k - 1 && a > k + 1 && tokens[b]?.p === "DET" && tokens[a]?.p === "NOUN" && /^\p{Ll}/u.test(tokens[a].v);
}

// Words that are prepositions as often as subordinators: "after the war", "before lawmakers defending …".
export const PREPOSITIONAL_SUBORDINATORS = new Set(["after", "before", "until"]);

/** "before he was taken …": a subject and then a finite verb (not "-ing"), within a few words. */
export function finiteClauseAfter(tokens: Token[], k: number): boolean {
  if (!tokens[k + 1] || !SUBJECT_START.has(tokens[k + 1].p)) return false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 9); i++) {
    // "went after Eriksson Ek and threw punches": a verb after "and" is the first clause's own.
    if (tokens[i].p === "PUNCT" || (tokens[i].p === "CCONJ" && predicateFollows(tokens, i))) return false;
    if (isVerbish(tokens, i)) return i > k + 1 && !/ing$/.test(tokens[i].l);
  }
  return false;
}

/**
 * ", and semiconductors" after "motors, pumps", "a compact car and a concept car are": the "and" at
 * `k` ends a list of nouns, not a clause.
 */
function listItemAfter(tokens: Token[], k: number): boolean {
  if (finitePredicate(tokens, k + 1)) return false;
  // How many items of nouns come before, each set off by a comma ("A, B and C": the item before a
  // bare "and" is one too).
  const bare = tokens[k - 1]?.v !== ",";
  let items = bare ? -1 : 0;
  let end = bare ? k : k - 1;
  // ("rear automatic braking": a gerund names a thing in a list.)
  // ("a plug-in version of Toyota's top-selling vehicle": "of", a possessive and hyphenated words too.)
  const hyphenated = (i: number) => tokens[i].v === "-" || tokens[i - 1]?.v === "-" || tokens[i + 1]?.v === "-";
  const word = (i: number) => {
    const t = tokens[i];
    if (!t || t.q) return false;
    // ("a redesigned compact car": a participle after a determiner describes.)
    const participle = t.p === "VERB" && (/ing$/.test(t.l) || (/ed$/.test(t.l) && tokens[i - 1]?.p === "DET"));
    const noun = NOUN_PHRASE_TAGS.has(t.p) || participle;
    return noun || t.l === "of" || possessiveMark(t) || hyphenated(i);
  };
  for (;;) {
    let i = end - 1;
    while (i > 0 && end - i <= 12 && word(i)) i--;
    if (i === end - 1 || tokens[i]?.v !== ",") break;
    items++;
    end = i;
  }
  if (items <= 0 || !word(end - 1)) return false;
  // "braking, pedestrian detection, rear braking, and high beam assist are available": three
  // items or more before a verb are its subject; with fewer, a verb after "and" opens a clause.
  return items >= 2 || (!bare && !newClauseAfter(tokens, k + 1));
}

/**
 * "described this as the worst case and accused him of …": the first verb after "as" opens a
 * predicate of the clause before, so "as" opens no clause.
 */
function predicateBeforeVerb(tokens: Token[], k: number): boolean {
  for (let i = k + 1; i < Math.min(tokens.length, k + 12); i++) {
    if (tokens[i].p === "CCONJ" && predicateFollows(tokens, i)) return true;
    if (isVerbish(tokens, i)) return false;
  }
  return false;
}

/** "and threw punches", "and later arrested": what follows the conjunction at `i` is a predicate. */
const predicateFollows = (tokens: Token[], i: number) => ["VERB", "AUX", "ADV"].includes(tokens[i + 1]?.p ?? "");

/**
 * "and Kim defeated Garcia": a verb within a few words. A possessive phrase before it ("and
 * Argentina's economy minister in 2023", where the tagger reads "minister" as a verb) is a
 * coordinated noun phrase instead, split by splitCoordination.
 */
function newClauseAfter(tokens: Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 12); i++) {
    const t = tokens[i];
    // "and Riverside counties that was burned …": a relative clause, so a noun phrase, not a new clause.
    // "near Seventh Street and Central Avenue and later arrested …": a verb after a second "and"
    // belongs to the first clause, so this "and" joins two names.
    // "and a touchdown on 14 carries and Arthur Jackson caught …": nor a verb after a second "and"
    // that opens a clause of its own.
    // ("Kanye West and Kim Kardashian - both of whom …": a dash ends the phrase too.)
    if (t.q || t.v === "," || isDash(t) || (t.p === "CCONJ" && predicateFollows(tokens, i))) return false;
    // "and the effect big businesses can have": a noun, then another phrase and its verb, is a noun
    // and the clause that describes it.
    if (i > from && tokens[i - 1].p === "NOUN" && (t.p === "DET" || (t.p === "ADJ" && !TIME_ADJECTIVES.has(t.l))))
      return false;
    // ("and both analysts and sources told" is one subject.)
    const correlative = ["both", "either", "neither"].includes(tokens[from].l);
    if (
      t.p === "CCONJ" &&
      i > from &&
      !correlative &&
      SUBJECT_START.has(tokens[i + 1]?.p ?? "") &&
      newClauseAfter(tokens, i + 1)
    )
      return false;
    if (["that", "which", "who", "where"].includes(t.l) && i > from) return false;
    if (t.p !== "VERB" && t.p !== "AUX") continue;
    // "and an out-of-county warrant after stopping his vehicle": a gerund is no clause's verb, nor
    // "and intimidation against smaller nations to impose its will" an infinitive.
    if (t.p === "VERB" && ((/ing$/.test(t.l) && tokens[i - 1]?.p !== "AUX") || tokens[i - 1]?.l === "to")) continue;
    // "its will": after a possessive the word is a noun.
    if (POSSESSIVE_PRONOUNS.has(tokens[i - 1]?.l ?? "")) continue;
    if (reducedRelative(tokens, i)) continue;
    // "and Argentina's economy minister": a possessive phrase, left to the coordination split.
    return !tokens.slice(from, i).some(isPossessive);
  }
  return false;
}

// Verbs that as finite verbs always take an object: written straight before an adjective or a
// preposition they are participles ("officials deemed responsible", "a man charged with murder").
const OBJECT_VERB_PARTICIPLES = new Set([
  "deemed",
  "considered",
  "accused",
  "charged",
  "suspected",
  "convicted",
  "based",
  "linked",
  "tied",
  "found",
  "held",
  "judged",
  "declared",
  "presumed",
]);

/** "a travel ban on officials deemed responsible for the abuses": a participle after its noun, no clause's verb. */
function reducedRelative(tokens: Token[], i: number): boolean {
  return (
    OBJECT_VERB_PARTICIPLES.has(tokens[i].l) &&
    ["NOUN", "PROPN"].includes(tokens[i - 1]?.p) &&
    ["ADJ", "ADP"].includes(tokens[i + 1]?.p)
  );
}

// "the police last week arrested": adjectives of time after a noun open an adverb, not a phrase.
const TIME_ADJECTIVES = new Set(["last", "next", "early", "late", "earlier", "later"]);

/**
 * A finite verb opening a coordinated predicate ("and drew", "and has said", "and later arrested"),
 * not "and rising" or "and to".
 */
function finitePredicate(tokens: Token[], at: number): boolean {
  const i = tokens[at - 1]?.l === "and" && SEQUENCE_ADVERBS.has(tokens[at]?.l) ? at + 1 : at;
  const t = tokens[i];
  // "had killed and eaten a rabbit", "were assaulted and falsely imprisoned": two verbs sharing an
  // auxiliary or an object are one predicate.
  return (
    !!t &&
    !t.q &&
    (t.p === "VERB" || t.p === "AUX") &&
    !/ing$/.test(t.l) &&
    tokens[i - 1]?.l !== "to" &&
    tokens[at - 2]?.p !== "VERB"
  );
}

/**
 * What the predicate after the "and" at `k` shares with the one before it: "could face 10 years …
 * and have to pay" keeps "could", "has done … and given out" keeps "has". `null` when it continues
 * an infinitive ("to use condoms and receive screenings"): then it is no predicate of its own.
 */
function sharedVerb(tokens: Token[], start: number, k: number): string | null | undefined {
  const at = SEQUENCE_ADVERBS.has(tokens[k + 1].l) ? k + 2 : k + 1;
  const verb = tokens[at].l;
  if (MODALS.has(verb) || (tokens[at].p === "AUX" && verb !== "have" && verb !== "be")) return undefined;
  const lemma = verbLemma(verb);
  const base = lemma === verb;
  const participle = !base && pastOf(lemma) !== verb && !/(s|ing)$/.test(verb);
  // "was arrested on Monday and charged with murder": a passive's auxiliary carries to the second participle.
  if (!base && !participle) return passiveShared(tokens, start, k, isPassiveParticiple(tokens[at]));
  // The verb before the "and" (not "the negotiating table", an -ing form after an article).
  const modifier = (i: number) => /ing$/.test(tokens[i].l) && tokens[i - 1]?.p === "DET";
  let v = k - 1;
  while (v > start && (tokens[v].q || (tokens[v].p !== "VERB" && tokens[v].p !== "AUX") || modifier(v))) v--;
  let group = v - 1;
  while (group >= start && (tokens[group].p === "ADV" || tokens[group].p === "PART") && tokens[group].l !== "to")
    group--;
  const before = tokens[group];
  if (!before || group < start) return undefined;
  if (base && (before.l === "to" || infinitiveListBefore(tokens, start, v))) return null;
  if (base && (MODALS.has(before.l) || before.l === "will")) return before.v;
  // "yoga can help encourage healthy habits and reduce the risk": "can help" carries to "reduce".
  // ("aims to help build 3 roads and create …" goes on with the infinitive: no predicate of its own.)
  const helper = tokens[group - 1];
  if (base && before.p === "VERB" && verbLemma(before.l) === before.l) {
    if (MODALS.has(helper?.l) || helper?.l === "will") return `${helper.v} ${before.v}`;
    if (helper?.l === "to") return null;
  }
  if (participle && before.p === "AUX" && ["has", "have", "had"].includes(before.l)) return before.v;
  return undefined;
}

const BE_FORMS = new Set(["was", "were", "is", "are"]);
const isPassiveParticiple = (t: Token) => /(ed|en)$/.test(t.l) || IRREGULAR_PARTICIPLES.has(t.l);

/** The "was" of "was arrested on Monday" when the verb after the "and" at `k` is a participle too. */
function passiveShared(tokens: Token[], start: number, k: number, participle: boolean): string | undefined {
  // ("were caused by gunshots and called on the army to …": a demand is the speaker's act.)
  if (!participle || DEMANDS.has(tokens[k + 1].l)) return undefined;
  let v = k - 1;
  while (v > start && (tokens[v].q || (tokens[v].p !== "VERB" && tokens[v].p !== "AUX"))) v--;
  const aux = tokens[v - 1]?.p === "ADV" ? tokens[v - 2] : tokens[v - 1];
  // "was intercepted three times and lost a fumble": a participle with an object of its own is active.
  const object = ["DET", "NOUN", "PROPN", "NUM", "PRON"].includes(tokens[k + 2]?.p ?? "");
  return aux && BE_FORMS.has(aux.l) && isPassiveParticiple(tokens[v]) && !object ? aux.v : undefined;
}

/** "actions to raise X, reduce Y, improve Z and increase …": the verb at `v` is an item of a list opened by "to". */
function infinitiveListBefore(tokens: Token[], start: number, v: number): boolean {
  const item = (i: number) => tokens[i].p === "VERB" && !tokens[i].q && verbLemma(tokens[i].l) === tokens[i].l;
  let at = v;
  while (at > start && item(at)) {
    if (tokens[at - 1].l === "to") return true;
    if (tokens[at - 1].v !== ",") return false;
    // The item before this one: a bare verb just after the previous comma or the "to".
    let i = at - 2;
    while (i > start && !(item(i) && (tokens[i - 1].v === "," || tokens[i - 1].l === "to")) && tokens[i].p !== "AUX")
      i--;
    if (i <= start || tokens[i].p === "AUX") return false;
    at = i;
  }
  return false;
}

// "and later arrested", "and currently lie 14th": adverbs of time and sequence that may open a predicate.
const SEQUENCE_ADVERBS = new Set([
  "later",
  "then",
  "also",
  "still",
  "subsequently",
  "eventually",
  "quickly",
  "immediately",
  "soon",
  "again",
  "finally",
  "currently",
  "now",
  "never",
  "often",
  "recently",
  "previously",
]);

/** The subject of the clause starting at `from`, past the connector that joined it ("and", "but", …). */
function clauseSubject(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  let start = from;
  // (Past a subordinator too: "…, while Sterling was last trading at $1.2925, down 0.21%"; not "as",
  // which also opens a phrase: "As part of the cascade, …".)
  const opener = (t: Token) =>
    ["but", "and", "yet", "so", ",", ";"].includes(t.l) || (SUBORDINATORS.has(t.l) && t.l !== "as");
  while (start < to && opener(tokens[start])) start++;
  const subject = subjectOf(tokens, start, to) ?? appositiveSubject(tokens, start, to);
  // "In a Tumblr post at the time she described …": a preposition's phrase is no subject.
  if (!subject || (tokens[subject.from].p === "ADP" && tokens[subject.from + 1]?.v !== "-")) return null;
  return { from: subject.from, to: subject.to };
}

/**
 * "Alvarez says transit officers searched the area and were able to apprehend a suspect": a
 * predicate after what a speaker reports belongs to the reported clause's subject, and keeps the
 * attribution ("Alvarez says transit officers were able to …"). Otherwise the subject as found.
 */
function reportedSubject(
  tokens: Token[],
  subject: { from: number; to: number },
  to: number,
): { from: number; to: number } {
  // ("have long warned that …": past the auxiliary and the adverb.)
  let v = subject.to;
  // ("A research group led by Noam Cohen said …": past a participle's phrase after the subject.)
  if (isPassiveParticiple(tokens[v]) && tokens[v + 1]?.l === "by") {
    let w = v + 2;
    while (w < to && w < v + 8 && NOUN_PHRASE_TAGS.has(tokens[w].p) && !tokens[w].q) w++;
    if (ATTRIBUTION_VERBS.has(tokens[w]?.l ?? "")) v = w;
  }
  while (v < to && (tokens[v].p === "ADV" || tokens[v].p === "AUX")) v++;
  const verb = tokens[v];
  const that = tokens[v + 1]?.l === "that";
  // ("told reporters …" has a listener first; "warned that …" none.)
  if (!verb || verb.q || !ATTRIBUTION_VERBS.has(verb.l) || (SPEECH_OBJECT_VERBS.has(verb.l) && !that)) return subject;
  const start = that ? v + 2 : v + 1;
  const inner = subjectOf(tokens, start, to);
  if (!inner || tokens[inner.verb].q || !hasClause(tokens, start, to)) return subject;
  // "transit officers quickly searched": the adverb is the first predicate's.
  let end = inner.to;
  while (end > inner.from + 1 && tokens[end - 1].p === "ADV") end--;
  // "said it viewed … and said it would …", "said its finances were impaired … and was negotiating":
  // a second speech verb, or one that does not agree with the reported subject, is the speaker's.
  const next = tokens[to + 1];
  const plural = isPlural(tokens, { from: inner.from, to: end });
  if (
    !next ||
    ATTRIBUTION_VERBS.has(next.l) ||
    // "said the deaths were caused by gunshots and called on the government to …": a demand is the speaker's.
    DEMANDS.has(next.l) ||
    (plural && ["was", "is", "has"].includes(next.l)) ||
    (!plural && tokens[inner.from].p !== "PRON" && ["were", "are", "have"].includes(next.l))
  )
    return subject;
  return { from: subject.from, to: end };
}

const DEMANDS = new Set(["called", "urged", "asked", "demanded", "appealed", "pleaded"]);
const appositiveWord = (t: Token) => !t.q && (NOUN_PHRASE_TAGS.has(t.p) || POSSESSIVE_PRONOUNS.has(t.l));

/** "The group, WeWorkers Coalition, formed …": the noun phrase before a name set off by commas. */
function appositiveSubject(tokens: Token[], from: number, to: number): { from: number; to: number } | null {
  const first = tokens.findIndex((t, i) => i >= from && i < to && t.v === ",");
  if (first < 0) return null;
  const head = subjectOf(tokens, from, first + 1);
  if (head || first - from > 6 || !tokens.slice(from, first).some(named)) return null;
  let second = first + 1;
  while (second < to && second - first <= 6 && appositiveWord(tokens[second])) second++;
  const hasName = (a: number, b: number) => tokens.slice(a, b).some((t) => t.p === "PROPN");
  if (tokens[second]?.v !== "," || second === first + 1 || !(hasName(from, first) || hasName(first + 1, second)))
    return null;
  return isVerbish(tokens, second + 1) ? { from, to: first } : null;
}

// Words that open a subordinate clause where they are followed by a subject and a finite verb.
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, "since", "if", "unless", "once"]);

/**
 * The subject a coordinated predicate shares: that of the nearest clause before it, so in
 * "…, since the company abandoned its IPO and had its valuation cut" it is "the company".
 */
function nearestSubject(tokens: Token[], start: number, k: number): { from: number; to: number } | null {
  // "Words cannot describe how much I love the club and am honored …": "am" agrees with "I" alone.
  if (tokens[k + 1]?.l === "am")
    for (let i = k - 1; i >= start; i--) if (tokens[i].l === "i" && !tokens[i].q) return { from: i, to: i + 1 };
  for (let s = k - 2; s >= start; s--) {
    if (tokens[s].q || !CLAUSE_OPENERS.has(tokens[s].l) || !finiteClauseAfter(tokens, s)) continue;
    const subject = clauseSubject(tokens, s + 1, k);
    if (subject) return subject;
  }
  const subject = clauseSubject(tokens, start, k);
  // "The group said on Twitter that the contract has confused employees, and demanded …": after a
  // comma the predicate is the speaker's own.
  return subject && tokens[k - 1].v !== "," ? reportedSubject(tokens, subject, k) : subject;
}

type Clause = { from: number; to: number; subject?: { from: number; to: number; verb?: string }; bodyFrom?: number };

/**
 * Splits at subordinators, dashes, semicolons, "and" and "but" where both sides are clauses, and
 * at a coordinated predicate, which is restated about the subject of the clause before it.
 */
function splitMainClauses(tokens: Token[], from: number, to: number, aside: Aside[]): Clause[] {
  const parts: Clause[] = [];
  let current: Clause = { from, to };
  let start = from;
  const candidates: number[] = [];
  for (let k = from + 1; k < to; k++)
    if (
      !aside.some((a) => k >= a.open && k <= a.close) &&
      !insideSetOffRelative(tokens, k) &&
      isClauseBoundary(tokens, k)
    )
      candidates.push(k);
  candidates.forEach((k, idx) => {
    const nextBoundary = candidates[idx + 1] ?? to;
    const rightEnd = Math.max(nextBoundary, Math.min(to, k + 12));
    // A restated predicate has its subject already ("… and ran for another and Eastern Michigan rolled").
    const own = hasClause(tokens, start, k);
    if (!own && !(current.subject && hasVerb(tokens, start + 1, k))) return;
    const predicate =
      (["and", "but", "yet"].includes(tokens[k].l) &&
        finitePredicate(tokens, k + 1) &&
        agreesWithFirst(tokens, start, k)) ||
      (tokens[k].v === "," && predicateListComma(tokens, k));
    // "a girl who was ripped from her mother's arms and kidnapped": a predicate inside a relative clause is its own.
    if (predicate && insideRelative(tokens, start, k)) return;
    const shared = predicate ? sharedVerb(tokens, start, k) : undefined;
    if (shared === null) return;
    // "… and say that the outages were overly broad and carried out thoughtlessly": a predicate after
    // a clause inside the restated one is that clause's.
    const firstVerb = tokens.findIndex((_, i) => i > start && i < k && isVerbish(tokens, i));
    const carried = current.subject && firstVerb > 0 && hasClause(tokens, firstVerb + 1, k) ? null : current.subject;
    const found = predicate ? (carried ?? nearestSubject(tokens, start, k)) : null;
    // "Fleet sales -- vehicles sold to companies -- rose and represented …": the subject ends at its aside.
    const inside = found && aside.find((a) => a.open > found.from && a.open < found.to);
    const trimmed = found && inside ? { ...found, to: inside.open } : found;
    // A subject that runs into a relative pronoun ("28 people who came …") is not one to repeat.
    const subject =
      trimmed && !tokens.slice(trimmed.from, trimmed.to).some((x) => x.l === "who" || x.l === "which") ? trimmed : null;
    if (predicate && subject && hasVerb(tokens, k + 1, rightEnd)) {
      parts.push({ ...current, to: k });
      current = { from: k + 1, to, subject: shared ? { ...subject, verb: shared } : subject, bodyFrom: k + 1 };
      start = k;
      return;
    }
    // ("contacted Walikali and Gossipgist for comment and will update …": a verb after another "and"
    // is a second predicate of the clause's own subject, and one after "how" or "what" is that
    // question's, not the name's after this "and".)
    const verb = clauseVerb(tokens, k + 1, rightEnd);
    const embedded = tokens.slice(k + 2, verb).some((x) => opensEmbedded(x) || x.l === "once");
    if (
      !predicate &&
      verb >= 0 &&
      !(tokens[verb].p === "AUX" && tokens[verb - 1].l === "and" && verb - 1 > k + 1) &&
      !(embedded && tokens[k].l === "and") &&
      !tooShortAlone(tokens, start, k) &&
      !futureTime(tokens, start, k)
    ) {
      // "… in Tays' vehicle and while searching the car, officers …": the "and" goes with the boundary.
      parts.push({ ...current, to: tokens[k - 1].p === "CCONJ" && k - 1 > current.from ? k - 1 : k });
      current = { from: k, to };
      start = k;
    }
  });
  parts.push(current);
  return parts;
}

/**
 * "The company, which is expected to cut jobs as it faces losses, confirmed …": `k` is inside a
 * relative clause set off by commas after the subject, before the main clause's verb resumes.
 */
function insideSetOffRelative(tokens: Token[], k: number): boolean {
  let open = k - 1;
  while (open > 0 && !(tokens[open].v === "," && !tokens[open].q)) open--;
  if (open <= 0 || !["which", "who"].includes(tokens[open + 1]?.l ?? "") || open + 1 >= k) return false;
  // The relative clause opens right after the subject, before any verb of the sentence.
  if (tokens.slice(0, open).some((t, i) => !t.q && isVerbish(tokens, i))) return false;
  let close = k + 1;
  while (close < tokens.length && !(tokens[close].v === "," && !tokens[close].q)) close++;
  const verb = tokens[close + 1]?.p === "ADV" ? close + 2 : close + 1;
  return close < tokens.length && isVerbish(tokens, verb) && !/ing$/.test(tokens[verb].l);
}

/**
 * "The U.S. will keep its base after American troops leave Syria": a time clause of a future event
 * is part of what will happen, not a fact of its own.
 */
function futureTime(tokens: Token[], start: number, k: number): boolean {
  const t = tokens[k];
  if (!["after", "before", "until", "once", "when"].includes(t.l)) return false;
  // (A past event after it is a fact: "will reignite speculation after he was linked to …".)
  const past = tokens.slice(k + 1, k + 8).some((x) => ["was", "were", "had", "did"].includes(x.l));
  return !past && tokens.slice(start, k).some((x) => !x.q && (x.l === "will" || x.l === "’ll" || x.l === "'ll"));
}

/**
 * "Another man died after he was hit by a brick": a main clause of a few words with nothing to anchor
 * it says too little alone, so a subordinate clause after it stays with it.
 */
function tooShortAlone(tokens: Token[], start: number, k: number): boolean {
  const t = tokens[k];
  if (t.p === "CCONJ" || isDash(t) || t.v === ";" || hasAnchor(tokens, start, k)) return false;
  const words = tokens.slice(start, k).filter((x) => x.p !== "CCONJ" && /\p{L}/u.test(x.v));
  // Only a clause about a thing or a person described ("The strike ended"); a frame ("It came as",
  // "That's when") or a speaker ("Andrew claims that") says nothing the clause after it needs.
  return (
    words.length < 5 &&
    ["DET", "NOUN", "ADJ"].includes(words[0]?.p) &&
    !words.some((x) => x.l === "that" || x.l === "come" || x.l === "comes" || ATTRIBUTION_VERBS.has(x.l))
  );
}

const QUANTIFIERS = new Set(["many", "most", "some", "all", "none", "few", "several", "both", "each", "half"]);
const isShare = (t: Token | undefined) => !!t && !t.q && (QUANTIFIERS.has(t.l) || t.p === "NUM");

const SHARES = new Set(["half", "third", "thirds", "quarter", "quarters", "majority", "minority"]);

function relativeClauseOk(tokens: Token[], verbAt: number, to: number): boolean {
  const verb = tokens[verbAt];
  // "which can carry 850 passengers" states what a thing is able to do; "which could …" speculates.
  if (!verb || (MODALS.has(verb.l) && verb.l !== "can") || INTERPRETIVE.has(verb.l)) return false;
  // A quoted name ("treaty of friendship") anchors a clause as well as a proper noun does, a share
  // ("closed more than half of the districts") as well as a number, and so does a date ("who resigned last week").
  return (
    to - verbAt >= 3 &&
    (hasAnchor(tokens, verbAt, to) ||
      tokens.slice(verbAt, to).some((t) => t.q || SHARES.has(t.l)) ||
      extractDates(joinTokens(tokens.slice(verbAt, to))).length > 0)
  );
}

const named = (x: Token | undefined) => !!x && (x.p === "NOUN" || x.p === "PROPN");

/**
 * ", which the United States stands ready to support" (at `k`): the clause's object is the phrase
 * before it, so the fact reads "the United States stands ready to support <that phrase>"; the
 * clause is cut from the main segment.
 */
function objectRelative(tokens: Token[], main: Segment, k: number): Segment | null {
  const quoted = tokens[k].q;
  let end = k + 1;
  while (end < main.to && tokens[end].v !== "," && !!tokens[end].q === !!quoted && !isClosingQuote(tokens[end])) end++;
  // A quotation's own full stop comes before its closing mark.
  while (end > k + 1 && tokens[end - 1].p === "PUNCT") end--;
  // ", which astrobiologists regard as one of the best bets": the object sits before "as".
  const as = tokens.findIndex((t, i) => i > k + 2 && i < end && t.l === "as" && isVerbish(tokens, i - 1));
  const verbEnd =
    tokens[end - 1].p === "VERB" ? end : as > 0 && end - as >= 3 && hasClause(tokens, k + 1, as) ? as : -1;
  if (end - k < 4 || verbEnd < 0 || !hasClause(tokens, k + 1, verbEnd) || !hasAnchor(tokens, main.from, end))
    return null;
  const ant = antecedent(tokens, k - 1, main.from);
  main.cut.push([k - 1, Math.min(end + 1, main.to)]);
  return {
    from: ant.from,
    to: end,
    cut: [[ant.to, verbEnd]],
    subject: { from: k + 1, to: verbEnd },
    bodyFrom: ant.from,
  };
}

// Nouns whose "that" tells what they hold ("proof that the campaign worked"), not which one they are.
const CONTENT_NOUNS = new Set([
  "proof",
  "evidence",
  "sign",
  "signs",
  "fact",
  "belief",
  "hope",
  "hopes",
  "fear",
  "fears",
  "concern",
  "concerns",
  "news",
  "assurance",
  "assurances",
  "warning",
  "warnings",
  "indication",
  "indications",
  "suggestion",
  "notion",
  "idea",
  "argument",
  "confirmation",
  "reminder",
  "possibility",
  "likelihood",
  "risk",
  "position",
  "view",
  "claim",
  "claims",
  "assertion",
  "assessment",
  "conclusion",
  "allegation",
  "allegations",
  "rumors",
  "rumours",
  "promise",
  "pledge",
  "finding",
  "findings",
]);

/** "as proof that efforts … were working": after a content noun, a noun after "that" is the clause's subject. */
const contentClause = (tokens: Token[], k: number) => CONTENT_NOUNS.has(tokens[k - 1].l) && tokens[k + 1]?.p === "NOUN";

/** Relative clauses that carry a checkable fact of their own become segments about their antecedent. */
function splitRelatives(tokens: Token[], main: Segment): Segment[] {
  const from = main.from;
  const extra: Segment[] = [];
  for (let k = (main.bodyFrom ?? from) + 2; k < main.to - 2; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    // ", which the United States stands ready to support", in the writer's words or inside a
    // speaker's quoted ones: what is said of the phrase before it is a claim of its own.
    if (t.l === "which" && prev.v === "," && !isVerbish(tokens, k + 1)) {
      const split = objectRelative(tokens, main, k);
      if (split) {
        extra.push(split);
        continue;
      }
    }
    // (A relative clause inside a dashed aside is the aside's own fact.)
    if (t.q || main.cut.some(([a, b]) => k >= a && k < b)) continue;
    // Only a clause with a verb of its own can lend its subject to the relative clause.
    // (After "told reporters at a news conference", "that" opens what was told.)
    if (
      t.l === "that" &&
      (prev.p === "NOUN" || prev.p === "PROPN" || isClosingQuote(prev)) &&
      !tokens.slice(main.bodyFrom ?? from, k).some((x) => !x.q && SPEECH_OBJECT_VERBS.has(x.l)) &&
      isVerbish(tokens, k + 1) &&
      !contentClause(tokens, k) &&
      relativeClauseOk(tokens, k + 1, main.to) &&
      hasVerb(tokens, main.bodyFrom ?? from, k)
    ) {
      const ant = antecedent(tokens, k, from);
      // "…, as materials that are used to make them rise in price": the relative clause is inside the
      // subject of a clause that opens just before it, and says which materials.
      const opener = tokens[ant.from - 1];
      // (Not the second "as" of "as crazy as the story that led …".)
      const comparison = opener?.l === "as" && tokens[ant.from - 2]?.v !== "," && ant.from - 1 > from;
      if (opener && !opener.q && (SUBORDINATORS.has(opener.l) || opener.l === "that") && !comparison) continue;
      // ("cuts will be made in areas that do not support its goals": a bare plural says which ones.)
      const bare = ant.to - ant.from === 1 && tokens[ant.from].p === "NOUN" && /s$/.test(tokens[ant.from].l);
      if (singledOut(tokens, ant) || bare) continue;
      // "…, a group that ranges from small ventures to SpaceX": the apposition goes with its clause,
      // and after a name it says what the name is ("CloudSimple is a startup that …").
      const comma = ant.from - 1;
      const apposition = ["a", "an"].includes(tokens[ant.from].l) && tokens[comma]?.v === "," && !tokens[comma].q;
      const name = apposition && tokens[comma - 1]?.p === "PROPN" ? antecedent(tokens, comma, from) : null;
      // "… the government that ousted Morales, after clashes erupted …": a subordinate clause after a
      // comma is the sentence's, not the relative clause's; the sentence reads on after the cut.
      const closes = tokens.findIndex(
        (x, i) => i > k + 2 && i < main.to - 2 && x.v === "," && !x.q && SUBORDINATORS.has(tokens[i + 1].l),
      );
      const to = closes > 0 && !apposition ? closes : main.to;
      extra.push(
        name
          ? {
              from: name.from,
              to,
              cut: [[name.to, ant.from]],
              subject: { ...name, verb: "is" },
              bodyFrom: ant.from,
            }
          : { from: ant.from, to, cut: [], subject: ant, bodyFrom: k + 1 },
      );
      if (to < main.to) main.cut.push([k, to + 1]);
      else main.to = apposition ? comma : k;
      break;
    }
    if (
      (t.l === "which" && ["in", "during", "at", "under"].includes(prev.l)) ||
      (t.l === "where" && (named(prev) || (prev.v === "," && named(tokens[k - 2]))))
    ) {
      const bodyFrom = k + 1;
      // "Li Jifeng, a doctor at Chaoyang Hospital where the patients were treated, wrote …": a clause
      // set off inside the sentence ends at its comma, and the sentence goes on after it.
      let end = bodyFrom;
      while (end < main.to && (tokens[end].v !== "," || tokens[end].q)) end++;
      // Only inside an apposition: "…, a doctor at Chaoyang Hospital where … treated, wrote"; not "The
      // house where Hitler was born will be turned into a police station, the minister said".
      const comma = tokens.slice(from, k).findLastIndex((x) => x.v === "," && !x.q);
      const goesOn =
        comma >= 0 &&
        end < main.to &&
        hasVerb(tokens, end + 1, main.to) &&
        !hasClause(tokens, main.bodyFrom ?? from, k) &&
        !hasFiniteVerb(tokens, from + comma + 1, k);
      const to = goesOn ? end : main.to;
      // "The house where Adolf Hitler was born will be turned into …": in the subject, before the
      // clause's own verb, the relative clause says which house; the sentence stays whole.
      const inSubject = !goesOn && !hasFiniteVerb(tokens, main.bodyFrom ?? from, k);
      if (!inSubject && hasClause(tokens, bodyFrom, to) && hasAnchor(tokens, bodyFrom, to)) {
        extra.push({ from: bodyFrom, to, cut: [] });
        const start = t.l === "which" || prev.v === "," ? k - 1 : k;
        if (goesOn) main.cut.push([start, end + 1]);
        else main.to = start;
        break;
      }
    }
    // ", many of whom would then …", ", two of which were …": a fact about part of the phrase before it.
    if (
      (t.l === "whom" || t.l === "which") &&
      prev.l === "of" &&
      isShare(tokens[k - 2]) &&
      tokens[k - 3]?.v === "," &&
      isVerbish(tokens, k + 1)
    ) {
      let end = k + 1;
      while (end < main.to && tokens[end].v !== ",") end++;
      if (end - k >= 4 && hasAnchor(tokens, k + 1, end)) {
        const ant = antecedent(tokens, k - 3, from);
        extra.push({ from: k - 2, to: end, cut: [], subject: { ...ant, share: tokens[k - 2].l }, bodyFrom: k + 1 });
        main.cut.push([k - 3, Math.min(end + 1, main.to)]);
        continue;
      }
    }
    // ", who have long refused …": a non-restrictive clause about a person or group named before it.
    // (Past an adverb: ", which also included …".)
    const verbAt = tokens[k + 1]?.p === "ADV" ? k + 2 : k + 1;
    if ((t.l === "which" || (t.l === "who" && named(tokens[k - 2]))) && prev.v === "," && isVerbish(tokens, verbAt)) {
      let end = k + 1;
      while (end < main.to && (tokens[end].v !== "," || listGoesOn(tokens, end, main.to))) end++;
      const ant = antecedent(tokens, k - 1, from);
      // "star players, including captain Harry Kane, who have lauded …": "have" is not Kane's verb.
      const last = tokens[ant.to - 1];
      const person = last.p === "PROPN" && !/s$/.test(last.l) && tokens[ant.from].p !== "DET";
      // ("Cook told Benioff, which ultimately meant …": after whom a speaker told, "which" is the whole statement.)
      const listener = ["told", "tells", "telling", "informed"].includes(tokens[ant.from - 1]?.l ?? "");
      const agrees = !listener && (!PLURAL_VERBS.has(tokens[verbAt].l) || !person || isPlural(tokens, ant));
      if (agrees && relativeClauseOk(tokens, verbAt, end)) {
        extra.push({ from: ant.from, to: end, cut: [], subject: ant, bodyFrom: k + 1 });
        // (", where he was greeted …" after it is the relative clause's too, not the sentence's, and so is
        // an apposition to its last noun that ends the sentence: "…, who heads the Alliance, a group that …".)
        const apposition =
          ["a", "an"].includes(tokens[end + 1]?.l ?? "") &&
          named(tokens[end - 1]) &&
          !tokens.slice(end + 1, main.to).some((x) => x.v === "," || x.q);
        const attached = RELATIVE_OPENERS.has(tokens[end + 1]?.l ?? "") || apposition;
        // (A comma inside a closing quote, "the set of “Fargo,” had …": the quote mark goes too.)
        const close = isClosingQuote(tokens[end + 1]) ? end + 2 : end + 1;
        main.cut.push([k - 1, attached ? main.to : Math.min(close, main.to)]);
      }
    }
  }
  extra.push(...reducedRelatives(tokens, from, main.to), ...contactRelatives(tokens, from, main.to));
  // A relative clause may hold another ("… began with Kim's visit, in which he met Putin").
  // (Not a clause whose object comes first: its body is the phrase before it.)
  return [
    main,
    ...extra.flatMap((seg) =>
      seg.bodyFrom !== undefined && seg.subject && !seg.subject.verb && seg.bodyFrom > seg.subject.from
        ? splitRelatives(tokens, seg)
        : [seg],
    ),
  ];
}

/**
 * "in key states like Ohio, Michigan and Pennsylvania": the comma at `c` is inside a list of names
 * or nouns that runs to the end of the clause.
 */
function listGoesOn(tokens: Token[], c: number, to: number): boolean {
  let i = c + 1;
  for (;;) {
    const item = i;
    while (i < to && i - item < 3 && (tokens[i].p === "PROPN" || tokens[i].p === "NOUN") && !tokens[i].q) i++;
    if (i === item) return false;
    if (i >= to) return false;
    if (tokens[i].v === ",") {
      i++;
      continue;
    }
    if (tokens[i].l !== "and" && tokens[i].l !== "or") return false;
    const last = ++i;
    while (i < to && i - last < 3 && (tokens[i].p === "PROPN" || tokens[i].p === "NOUN")) i++;
    return i > last && (i >= to || tokens[i].p === "PUNCT");
  }
}

/**
 * "before goals by Josh Bailey and Ryan Pulock … forced overtime": the clause the "and" at `k` sits in
 * (from the sentence's start or its subordinator) has no verb yet, so the "and" joins two names.
 */
function noVerbYet(tokens: Token[], k: number): boolean {
  if (tokens[k - 1].p !== "PROPN" || tokens[k + 1]?.p !== "PROPN") return false;
  let start = k - 1;
  while (start > 0 && !(SUBORDINATORS.has(tokens[start].l) && !tokens[start].q)) start--;
  if (tokens.slice(start, k).some((x) => !x.q && (x.v === "," || x.v === ";" || isDash(x)))) return false;
  return !hasFiniteVerb(tokens, start, k);
}

/** Whether the words before the "and" at `k` follow a sentence's opening phrase and comma with no verb of their own. */
function subjectStillOpen(tokens: Token[], k: number): boolean {
  const opening = tokens[0].p === "ADP" || SUBORDINATORS.has(tokens[0].l) || tokens[0].l === "since";
  if (!opening) return false;
  let comma = k - 1;
  while (comma > 0 && !(tokens[comma].v === "," && !tokens[comma].q)) comma--;
  return comma > 0 && comma < k - 1 && !hasFiniteVerb(tokens, comma + 1, k) && hasFiniteVerb(tokens, 1, comma);
}

// Verbs of telling whose object is followed by what was told ("told reporters that …").
const SPEECH_OBJECT_VERBS = new Set(["told", "tells", "tell", "informed", "assured", "warned", "reminded", "notified"]);

/** A verb in [from, to) that can be a clause's own: not an -ing form unless an auxiliary comes first. */
function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.q || !isVerbish(tokens, i)) continue;
    if (t.p === "AUX" || !/ing$/.test(t.l)) return true;
  }
  return false;
}

// Prepositions that open where, when, by whom or to whom something was done.
const PARTICIPLE_PREPOSITIONS = new Set(["under", "by", "in", "at", "on", "from", "to", "during", "near", "with"]);

// "12 percent, compared to 9 percent in 2018": a comparison, nothing done to the noun before it.
const isParticiple = (t: Token) =>
  !t.q &&
  t.p === "VERB" &&
  (/(ed|en)$/.test(t.l) || IRREGULAR_PARTICIPLES.has(t.l)) &&
  !ATTRIBUTION_VERBS.has(t.l) &&
  t.l !== "compared";

/**
 * "an agreement reached under Moon Jae-in", "the research published in the journal Nature
 * Astronomy": a past participle after a noun, with where, when or by whom, states a fact of its own
 * ("The research was published in …"). Only after the clause's own verb, where the noun is an
 * object: before it, "the agency reported in May" is the clause itself.
 */
function reducedRelatives(tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (let k = from + 1; k < to - 2; k++) {
    const t = tokens[k];
    if (!isParticiple(t) || !PARTICIPLE_PREPOSITIONS.has(tokens[k + 1].l)) continue;
    const comma = tokens[k - 1].v === ",";
    const noun = comma ? k - 2 : k - 1;
    if (!named(tokens[noun])) continue;
    // "Garrett responded by hitting Rudolph": "by" and a gerund say how someone acted, not who did it.
    if (tokens[k + 1].l === "by" && /ing$/.test(tokens[k + 2]?.l ?? "")) continue;
    // "took effect in July, covering machinery, followed by tariffs on …": what follows or precedes
    // after a comma is the event before it, not the noun.
    if (comma && (t.l === "followed" || t.l === "preceded")) continue;
    // "a meeting Zelenskiy wanted with Trump": a name between a noun and the verb is the verb's subject.
    if (!comma && tokens[noun].p === "PROPN" && tokens[noun - 1]?.p === "NOUN") continue;
    // By whom ("reached under Moon Jae-in") is a fact wherever the noun stands; where or when only
    // after the clause's own verb, and only about an object or a preposition's object ("signed a
    // deal reached in May"), not the subject ("researchers looked at …").
    const strict = comma || !["under", "by"].includes(tokens[k + 1].l);
    const ant = antecedent(tokens, noun + 1, from);
    if (!comma && singledOut(tokens, ant)) continue;
    const before = tokens[ant.from - 1];
    // "had its valuation slashed from $47 billion to $8 billion": what happened to the subject, which
    // the clause itself states.
    if (["had", "has", "have", "got", "gets", "get"].includes(before?.l ?? "")) continue;
    // The clause's own verb comes first, or the noun is a preposition's object ("According to a paper
    // published in …"): "The aircraft carrying the deportees landed at …" has no verb before "landed".
    // (A preposition's object needs the clause's verb later: in "exports to China dropped to $9
    // billion", "dropped" is that verb.)
    const objectOfPreposition =
      before?.p === "ADP" && !CLAUSE_OPENERS.has(before.l) && hasFiniteVerb(tokens, k + 1, to);
    if (strict && !hasFiniteVerb(tokens, from, noun) && !objectOfPreposition) continue;
    if (strict && (!before || !["VERB", "AUX", "ADP"].includes(before.p))) continue;
    // "In an email sent by Claure, employees were told …": the opening phrase ends at its comma.
    const opening = before?.p === "ADP" && ant.from - 1 === from;
    let end = k + 2;
    // "A team led by researchers at NASA, in Greenbelt, has confirmed …": the phrase ends before the clause's own verb.
    // "find the interview given by Prince Andrew a treasure trove": "a" straight after a noun opens the next phrase.
    // ("said in a statement emailed to NBC News that the agency …": the "that" clause is what was said.)
    const said = tokens.slice(from, noun).some((x) => !x.q && ATTRIBUTION_VERBS.has(x.l));
    while (
      end < to &&
      !phraseEndsAt(tokens, end, comma, strict || opening) &&
      !clauseVerbAt(tokens, end) &&
      !(said && tokens[end].l === "that") &&
      // ("the staffers assigned to his unit and how he escaped notice": a second object of the verb.)
      !(tokens[end].l === "and" && WH_OBJECTS.has(tokens[end + 1]?.l ?? "")) &&
      !(["a", "an"].includes(tokens[end].l) && ["NOUN", "PROPN"].includes(tokens[end - 1].p))
    )
      end++;
    // Past a preposition's object, the phrase must not run into the clause's own verb.
    if (objectOfPreposition && !hasFiniteVerb(tokens, from, noun) && hasFiniteVerb(tokens, k + 2, end)) continue;
    if (!tokens.slice(k + 2, Math.min(end, k + 11)).some((x) => x.p === "PROPN" || (strict && x.p === "NUM"))) continue;
    const verb = isPlural(tokens, ant) ? "were" : "was";
    out.push({ from: ant.from, to: end, cut: [], subject: { ...ant, verb }, bodyFrom: k });
  }
  return out;
}

const compoundVerb = (tokens: Token[], i: number) =>
  tokens[i].p === "VERB" &&
  tokens[i - 1]?.p === "NOUN" &&
  tokens[i + 1]?.p === "NOUN" &&
  verbLemma(tokens[i].l) === tokens[i].l;
// Objects and clauses that fill the verb's slot: after them the noun before is no relative clause's object.
const FILLED = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);

/**
 * "The governor said he …": "he" or "she" in what a speaker reports is the speaker, so the clause
 * at `k` is restated about them; otherwise the pronoun stays.
 */
function speakerFor(tokens: Token[], from: number, k: number): { from: number; to: number } {
  const speaker = subjectOf(tokens, from, k);
  const pronoun = tokens[k].l;
  if (!speaker || !ATTRIBUTION_VERBS.has(tokens[speaker.verb].l) || (pronoun !== "he" && pronoun !== "she"))
    return { from: k, to: k + 1 };
  return isPlural(tokens, speaker) || tokens[speaker.from].p === "PRON" ? { from: k, to: k + 1 } : speaker;
}

/**
 * "a teacher pay commission he appointed in February": a clause with no relative pronoun whose
 * object is the noun before it states a fact of its own ("He appointed a teacher pay commission in
 * February"). Past tense only, with a date, number or name in it, and never a speaker's verb
 * ("the day he said …" reports, it does not describe).
 */
function contactRelatives(tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  for (let k = from + 2; k < to - 3; k++) {
    const [noun, subject, verb, next] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
    if (noun.p !== "NOUN" || !SUBJECT_PRONOUNS.has(subject.l) || subject.q || verb.p !== "VERB") continue;
    if (!/ed$/.test(verb.l) && !IRREGULAR_PARTICIPLES.has(verb.l)) continue;
    if (ATTRIBUTION_VERBS.has(verb.l) || INTERPRETIVE.has(verb.l) || FILLED.has(next.p) || next.l === "that") continue;
    if (extractDates(noun.v).length > 0 || DURATIONS.has(noun.l)) continue;
    // The clause ends at a comma, at an infinitive or verb of the sentence's own ("… in February to
    // make …", "The car she bought in 2019 was recalled").
    let end = k + 2;
    while (
      end < to &&
      tokens[end].v !== "," &&
      !tokens[end].q &&
      !isVerbish(tokens, end) &&
      !(tokens[end].l === "to" && tokens[end + 1]?.p === "VERB")
    )
      end++;
    if (!relativeClauseOk(tokens, k + 1, end) && !(end - k >= 3 && hasAnchor(tokens, k + 2, end))) continue;
    // The whole noun phrase, compounds the tagger reads as verbs included ("a teacher pay commission").
    const ant = { from: k - 1, to: k };
    while (ant.from > from && (NOUN_PHRASE_TAGS.has(tokens[ant.from - 1].p) || compoundVerb(tokens, ant.from - 1)))
      ant.from--;
    const object = joinTokens(tokens.slice(ant.from, ant.to)).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    out.push({
      from: ant.from,
      to: end,
      cut: [],
      subject: { ...speakerFor(tokens, from, k), verb: `${verb.v} ${object}` },
      bodyFrom: k + 2,
    });
  }
  return out;
}

/** A finite verb of the sentence's own at `i`, after a comma or as an auxiliary: not part of a participle's phrase. */
function clauseVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.q || !prev) return false;
  const afterNoun = ["NOUN", "PROPN", "NUM"].includes(prev.p) || prev.v === ",";
  if (t.p === "AUX") return afterNoun;
  // ("launched by the government in 2011 aims to …": a verb the tagger read as a noun.)
  if (verbBeforeInfinitive(tokens, i)) return true;
  if (t.p !== "VERB" || /ing$/.test(t.l)) return false;
  // "priorities identified by the ministry include …": a present-tense verb cannot be the participle's.
  return prev.v === "," || (afterNoun && !/(ed|en)$/.test(t.l) && !IRREGULAR_PARTICIPLES.has(t.l));
}

/**
 * Where a participle's phrase ends: at a dash; at ", V-ing" ("…, barring patrols"); set off by commas, at the
 * next one; at the first comma not followed by a name in apposition when `atComma`.
 */
function phraseEndsAt(tokens: Token[], i: number, setOff: boolean, atComma: boolean): boolean {
  // "caused by the bacteria Yersinia pestis—the other being …": a dash opens another thought.
  if (isDash(tokens[i])) return true;
  if (tokens[i].v !== ",") return false;
  const next = tokens[i + 1];
  if (next?.p === "VERB" && /ing$/.test(next.l)) return true;
  return setOff || (atComma && next?.p !== "PROPN");
}

const HEDGE_WORDS = new Set([
  "up",
  "to",
  "over",
  "more",
  "than",
  "about",
  "nearly",
  "almost",
  "some",
  "around",
  "least",
  "at",
  "as",
  "many",
  "much",
  "roughly",
  "approximately",
  "just",
  "under",
]);
const QUANTITY_START =
  /^(\d[\d,.]*|up|over|more|about|nearly|almost|some|around|at|as|dozens|hundreds|thousands|millions|billions|several|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a)$/;

// wink sometimes tags the head noun as a verb ("10 assists", "economy minister in"): a verb right after a noun, ending the phrase, is a noun.
function nounAfterNoun(tokens: Token[], i: number, j: number): boolean {
  return (
    j > i &&
    ["NUM", "NOUN", "ADJ"].includes(tokens[j - 1].p) &&
    (!tokens[j + 1] || ["ADP", "PUNCT", "CCONJ"].includes(tokens[j + 1].p))
  );
}

/** End of the noun phrase starting at `i` (exclusive). */
function phraseEnd(tokens: Token[], i: number, to: number): number {
  let j = i;
  while (
    j < to &&
    !nounAfterNoun(tokens, i, j) &&
    !(
      tokens[j].p === "PUNCT" ||
      tokens[j].p === "CCONJ" ||
      isVerbish(tokens, j) ||
      (tokens[j].p === "ADP" && tokens[j].l !== "of") ||
      // "10 assists to post a triple-double": an infinitive is no part of the item.
      (tokens[j].p === "PART" && tokens[j].l === "to")
    )
  )
    j++;
  while (j < to && nounAfterNoun(tokens, i, j)) j++;
  return j;
}

/**
 * "shipped up to five million shells and dozens of missiles to Russia" → one segment per quantity;
 * "visits by North Korea's foreign minister and Russia's defense minister" → one per possessor.
 */
function splitCoordination(tokens: Token[], seg: Segment): Segment[] {
  for (let k = seg.from + 2; k < seg.to - 1; k++) {
    // An "and" in words cut from the segment (an aside between dashes) joins nothing of its own.
    if (tokens[k].l !== "and" || tokens[k].q || seg.cut.some(([a, b]) => k >= a && k < b)) continue;
    const parts = splitAt(tokens, seg, k);
    if (parts) return parts;
  }
  return [seg];
}

const COUNTED = /^(dozens|hundreds|thousands|millions|billions|several)$/;
const isCount = (x: Token) => x.p === "NUM" || COUNTED.test(x.l);

/**
 * Where the phrase ending at `last` starts: back to the verb, punctuation or preposition that
 * introduces it, with its hedge ("up to five million shells": the hedge belongs to the first quantity).
 */
function phraseStart(tokens: Token[], seg: Segment, last: number): number {
  let start = last;
  while (
    start > seg.from &&
    !isVerbish(tokens, start - 1) &&
    tokens[start - 1].p !== "PUNCT" &&
    !(tokens[start - 1].p === "ADP" && tokens[start - 1].l !== "of")
  )
    start--;
  while (start > seg.from && HEDGE_WORDS.has(tokens[start - 1].l)) start--;
  return start;
}

/**
 * "was up from $38,373 a year ago and from $34,410 in 2015": the same preposition on both sides of
 * "and", each with a figure, makes two facts (a range, "between 2010 and 2015", is left whole).
 */
function coordinatedFigurePhrases(tokens: Token[], seg: Segment, k: number): Segment[] | null {
  const right = k + 1;
  const prep = tokens[right];
  if (prep.p !== "ADP" || prep.q) return null;
  let left = k - 1;
  while (left > seg.from && tokens[left].l !== prep.l && !isClauseBoundary(tokens, left)) left--;
  if (tokens[left].l !== prep.l || left === seg.from) return null;
  let end = right + 1;
  while (end < seg.to && !(tokens[end].v === "," && !tokens[end].q) && tokens[end].l !== "and") end++;
  const leftPhrase = tokens.slice(left + 1, k);
  const rightPhrase = tokens.slice(right + 1, end);
  const verbInLeft = leftPhrase.some((_, i) => isVerbish(tokens, left + 1 + i));
  if (!leftPhrase.some(isCount) || !rightPhrase.some(isCount) || verbInLeft) return null;
  return [
    { ...seg, cut: [...seg.cut, [k, end]] },
    { ...seg, cut: [...seg.cut, [left, right]] },
  ];
}

function splitAt(tokens: Token[], seg: Segment, k: number): Segment[] | null {
  const right = k + 1;
  const phrases = coordinatedFigurePhrases(tokens, seg, k);
  if (phrases) return phrases;
  const quantity = QUANTITY_START.test(tokens[right].l) && tokens.slice(right, right + 4).some(isCount);
  const possessive = tokens[right].p === "PROPN" && tokens.slice(right, right + 4).some(isPossessive);
  // "the March high of 21.8 percent and the prior 12-month average of 15.2 percent": two figures.
  const described = tokens[right].p === "DET" && !quantity ? describedFigureEnd(tokens, right, seg.to) : -1;
  if (!quantity && !possessive && described < 0) return null;
  const left = phraseStart(tokens, seg, k - 1);
  // "between 2010 and 2015": one range, not two facts.
  if (tokens[left - 1]?.l === "between") return null;
  // A list of three or more ("25 points, 11 rebounds and 10 assists"): one segment per item.
  if (tokens[left - 1]?.v === ",") return quantityList(tokens, seg, k);
  const leftPhrase = tokens.slice(left, k);
  const leftOk = quantity || described >= 0 ? leftPhrase.some(isCount) : leftPhrase.some(isPossessive);
  if (!leftOk) return null;
  const rightEnd = described >= 0 ? described : sharedOfTail(tokens, k, phraseEnd(tokens, right, seg.to), seg.to);
  return [
    { ...seg, cut: [...seg.cut, [k, rightEnd]] },
    { ...seg, cut: [...seg.cut, [left, right]] },
  ];
}

/**
 * "471 horsepower and 540 Nm of torque": with another unit on the left the "of" phrase is the right
 * item's own; "71 kWh and 95 kWh of battery capacity" shares it.
 */
function sharedOfTail(tokens: Token[], k: number, end: number, to: number): number {
  const unit = tokens[end - 1];
  if (tokens[end]?.l !== "of" || unit.l === tokens[k - 1].l || !/^\p{L}/u.test(unit.v)) return end;
  return phraseEnd(tokens, end + 1, to);
}

/** End of "the prior 12-month average of 15.2 percent" from its determiner, or -1 when it holds no figure. */
function describedFigureEnd(tokens: Token[], i: number, to: number): number {
  let j = i + 1;
  while (
    j < to &&
    !(
      tokens[j].p === "CCONJ" ||
      (tokens[j].p === "PUNCT" && tokens[j].v !== "-") ||
      isVerbish(tokens, j) ||
      (tokens[j].p === "ADP" && tokens[j].l !== "of")
    )
  )
    j++;
  return j - i <= 10 && tokens.slice(i, j).some(isCount) ? j : -1;
}

const startsQuantity = (tokens: Token[], i: number) =>
  QUANTITY_START.test(tokens[i]?.l ?? "") && tokens.slice(i, i + 4).some(isCount);

/**
 * "finished with 31 points, 9 rebounds and 7 assists" (the "and" at `k`): each item of the list of
 * quantities becomes a segment of its own, the other items cut, so each repeats the words before
 * the list ("finished with 9 rebounds").
 */
function quantityList(tokens: Token[], seg: Segment, k: number): Segment[] | null {
  const last: [number, number] = [k + 1, phraseEnd(tokens, k + 1, seg.to)];
  const items: [number, number][] = [last];
  let end = k;
  for (let comma = k - 1; comma > seg.from; comma--) {
    if (tokens[comma].v !== "," || tokens[comma].q) continue;
    if (!startsQuantity(tokens, comma + 1) || end - comma > 8) break;
    items.unshift([comma + 1, end]);
    end = comma;
    if (tokens[comma - 1]?.v === ",") break;
    const start = phraseStart(tokens, seg, comma - 1);
    if (tokens[start - 1]?.v === ",") continue;
    if (!startsQuantity(tokens, start)) return null;
    items.unshift([start, comma]);
    break;
  }
  if (items.length < 3) return null;
  const listEnd = last[1];
  return items.map(([from, to], i) => ({
    ...seg,
    cut: [
      ...seg.cut,
      ...(i > 0 ? [[items[0][0], from] as [number, number]] : []),
      ...(to < listEnd ? [[to, listEnd] as [number, number]] : []),
    ],
  }));
}

const CHANGE = new Set(["up", "down", "higher", "lower"]);

/**
 * "Gold was last at $1,812, up 0.4% on the day": a trailing change figure is a fact of its own,
 * restated about the clause's subject ("Gold was up 0.4% on the day").
 */
function splitTrailingChange(tokens: Token[], seg: Segment): Segment[] {
  if (seg.subject || seg.cut.length) return [seg];
  for (let k = seg.to - 3; k > seg.from + 2; k--) {
    if (tokens[k].v !== "," || tokens[k].q || !CHANGE.has(tokens[k + 1].l) || !tokens.slice(k + 2, k + 5).some(isCount))
      continue;
    const subject = clauseSubject(tokens, seg.from, k);
    if (!subject || !hasClause(tokens, seg.from, k)) return [seg];
    // The head noun comes before any prepositional phrase: "Shares of Acme" are plural.
    const ofAt = tokens.slice(subject.from, subject.to).findIndex((t) => t.p === "ADP");
    const head = tokens[ofAt > 0 ? subject.from + ofAt - 1 : subject.to - 1];
    // The tagger reads a capitalised first word ("Shares") as a name.
    const plural = (head.p === "NOUN" || (head === tokens[seg.from] && head.p === "PROPN")) && /[^s]s$/.test(head.l);
    const verb =
      tokens[subject.to].l === "is" || tokens[subject.to].l === "are" ? tokens[subject.to].l : plural ? "were" : "was";
    return [
      { ...seg, to: k },
      { from: k + 1, to: seg.to, cut: [], subject: { ...subject, verb }, bodyFrom: k + 1 },
    ];
  }
  return [seg];
}

/**
 * "When Ghani announced the exchange, he said …", "Although sales rose in May, they …": a sentence
 * that opens with a subordinate clause states two facts, split at the comma that closes it.
 */
function leadingSubordinate(tokens: Token[], to: number, aside: Aside[]): Clause[] {
  // "Even though …", "Another caveat: Even though …".
  const colon = tokens.findIndex((t, i) => i < 5 && t.v === ":" && !t.q);
  let s = colon + 1;
  // ("And though the CDC has said …, it has also acknowledged …".)
  if (tokens[s]?.l === "and" || tokens[s]?.l === "but") s++;
  if (tokens[s]?.l === "even") s++;
  const whole = () => splitMainClauses(tokens, 0, to, aside);
  if (!SUBORDINATORS.has(tokens[s]?.l) || tokens[s].l === "as" || tokens[s].q) return whole();
  for (let c = s + 2; c < to - 3; c++) {
    if (tokens[c].v !== "," || tokens[c].q) continue;
    if (!hasClause(tokens, s + 1, c) || !hasClause(tokens, c + 1, to)) return whole();
    return [{ from: s + 1, to: c }, ...splitMainClauses(tokens, c + 1, to, aside)];
  }
  return whole();
}

const EXAMPLE_OPENERS = new Set(["such", "like", "including", "especially", "notably", "e.g.", "or"]);

/** Words between a pair of dashes inside a sentence that goes on after them, cut from it; `fact` is what they state of their own (if anything). */
type Aside = { open: number; close: number; fact: Segment | null };

/**
 * "The airline — the largest international carrier in the world — will resume …", "The deal – set
 * to be the largest share sale in years – represents …", "Parise's goals – he scored at 7:14 – gave
 * …": words between dashes that state something (a description or a participle restated about the
 * noun before them, or a clause) are a claim of their own, cut from the sentence's.
 */
function dashedAsides(tokens: Token[], to: number): Aside[] {
  const out: Aside[] = [];
  for (let open = 1; open < to - 4; open++) {
    if (!isDash(tokens[open]) || tokens[open].q) continue;
    let close = open + 1;
    while (close < to && !isDash(tokens[close]) && close - open <= 25) close++;
    if (close >= to - 1 || !isDash(tokens[close]) || close - open < 3 || tokens[close].q) continue;
    const rest = [...tokens.slice(0, open), ...tokens.slice(close + 1, to)];
    if (!hasClause(rest, 0, rest.length)) continue;
    // "remote regions—like Yunnan and the Qinghai plateau—are vulnerable": words that state nothing
    // of their own stay in the sentence.
    const fact = asideFact(tokens, open, close);
    // ("— Amazon's Blue Origin among them —": an example, cut, stating nothing of its own.)
    const example = tokens[close - 1].l === "them" && tokens[close - 2]?.l === "among";
    if (!fact && !example) continue;
    out.push({ open, close, fact: example ? null : fact });
    open = close;
  }
  return out;
}

function asideFact(tokens: Token[], open: number, close: number): Segment | null {
  const first = tokens[open + 1];
  // Examples ("— such as markings —", "—like Yunnan—") belong to the noun before them; "whose …" to no one clause.
  if (EXAMPLE_OPENERS.has(first.l) || first.l === "whose") return null;
  const about = named(tokens[open - 1]);
  // "Plug & Charge – which allows the car to pay by plugging it in – will …": about the noun before it.
  if ((first.l === "which" || first.l === "who") && about && isVerbish(tokens, open + 2)) {
    const ant = antecedent(tokens, open, 0);
    return { from: ant.from, to: close, cut: [[ant.to, open + 2]], subject: ant, bodyFrom: open + 2 };
  }
  const words = tokens.slice(open + 1, close);
  // "— the first took place in 2010 —": a finite verb past the first word makes a clause, whatever its subject.
  const finite = words
    .slice(1)
    .some((t, i) => isVerbish(tokens, open + 2 + i) && !/ing$/.test(t.l) && words[i].l !== "to");
  if (hasClause(tokens, open + 1, close) || (finite && NOUN_PHRASE_TAGS.has(first.p)))
    return { from: open + 1, to: close, cut: [] };
  const participle = first.p === "VERB" && (/(ed|en)$/.test(first.l) || IRREGULAR_PARTICIPLES.has(first.l));
  // A description is a noun phrase ("the largest carrier in the world"), not a comment ("some more aggressively than others").
  const describes =
    participle ||
    ((NOUN_PHRASE_TAGS.has(first.p) || first.p === "NUM") && !words.some((t) => /ly$/.test(t.l) && t.p === "ADV"));
  const content = words.some((t) => t.p === "NOUN" || t.p === "PROPN" || t.p === "NUM");
  if (!describes || !content || !about) return null;
  let ant = antecedent(tokens, open, 0);
  // ("to have signed peace treaties with Israel - Egypt and Jordan -": a verb's object is not what the names are.)
  if (tokens[ant.from].p === "VERB" || ["have", "has", "had"].includes(tokens[ant.from - 1]?.l ?? "")) return null;
  // "the two candidates in the race — Cory Booker and Kamala Harris —": names joined by "and" are
  // the plural noun before the phrase, not the phrase's own noun.
  // (With no such noun, a singular one is not what two names are: "… peace treaties with Israel - Egypt and Jordan -".)
  // (A participle's phrase may hold an "and" of its own: "– set to be the largest sale and a record –".)
  if (!participle && words.some((t) => t.l === "and") && !isPlural(tokens, ant)) {
    const head = tokens[ant.from - 1]?.p === "ADP" ? antecedent(tokens, ant.from - 1, 0) : null;
    const determined = head && ["DET", "NUM"].includes(tokens[head.from].p);
    if (!head || !determined || !isPlural(tokens, head)) return null;
    ant = { from: head.from, to: ant.to };
  }
  // "On one of those nights — April 26, 2016 — …": the phrase names the one, not "those nights".
  const count = tokens[ant.from - 2];
  const share = tokens[ant.from - 1]?.l === "of" && count && (count.p === "NUM" || count.l === "each") ? count : null;
  if (share) ant = { from: ant.from - 2, to: ant.to };
  const single = share ? ["one", "each", "1"].includes(share.l) : !isPlural(tokens, ant);
  const verb = single ? "is" : "are";
  return {
    from: ant.from,
    to: close,
    cut: [[ant.to, open + 1]],
    subject: { ...ant, verb },
    bodyFrom: open + 1,
    writer: true,
  };
}

// ("bring", "sing" and "need" end like participles but are bare.)
const isBareVerb = (t: Token | undefined) =>
  !!t && !t.q && t.p === "VERB" && (!/(ing|ed)$/.test(t.l) || verbLemma(t.l) === t.l);
// The tagger reads "close", "open" or "narrow" before an object as an adjective or adverb: "and open two clinics".
const OBJECT_START = new Set(["DET", "NUM", "ADJ", "NOUN"]);
// Words that open a noun phrase themselves: "better pay and more respect" is one object.
const NOUN_MODIFIERS =
  /^(more|less|fewer|most|better|greater|higher|lower|other|new|further|additional|extra|much|many)$/;
// Adjective endings no English verb has ("minimum efficiency levels", "industrial standards").
const ADJECTIVE_ENDING = /(al|ous|ive|ic|ful|less|able|ible|ary|um|ent|ant)$/;
const verbTaggedAdjective = (tokens: Token[], i: number) =>
  ["ADJ", "ADV"].includes(tokens[i]?.p ?? "") &&
  !NOUN_MODIFIERS.test(tokens[i].l) &&
  !ADJECTIVE_ENDING.test(tokens[i].l) &&
  /^[a-z]+$/.test(tokens[i].v) &&
  (OBJECT_START.has(tokens[i + 1]?.p ?? "") || POSSESSIVE_PRONOUNS.has(tokens[i + 1]?.l ?? ""));

/**
 * "an effort to cut costs, close ancillary businesses and narrow its offering": infinitives listed
 * after one "to", each with its own object, are one claim each ("… an effort to close ancillary
 * businesses"). Verbs sharing one object ("to eliminate and scale back certain functions") stay one.
 */
function infinitiveList(tokens: Token[], seg: Segment): Segment[] | null {
  for (let t = seg.from; t < seg.to - 4; t++) {
    if (tokens[t].l !== "to" || tokens[t].q || !isBareVerb(tokens[t + 1])) continue;
    const starts = [t + 1];
    let last = false;
    for (let j = t + 2; j < seg.to - 1 && !last; j++) {
      const sep = tokens[j];
      if (sep.q) continue;
      // "to try to force them to give in and pay": an "and" after a later "to" and its verb joins that
      // innermost infinitive, so the list is looked for from there; not one inside a relative clause
      // ("to find food that's good to eat and avoid food that isn't").
      if (
        starts.length === 1 &&
        sep.l === "to" &&
        isBareVerb(tokens[j + 1]) &&
        !tokens.slice(t, j).some((x) => x.l === "that" || RELATIVE_OPENERS.has(x.l))
      )
        break;
      const andNext = sep.l === "and" || (sep.v === "," && tokens[j + 1]?.l === "and");
      if (sep.v !== "," && sep.l !== "and") continue;
      const verbAt = sep.v === "," && tokens[j + 1]?.l === "and" ? j + 2 : j + 1;
      if (!isBareVerb(tokens[verbAt]) && !verbTaggedAdjective(tokens, verbAt)) {
        if (sep.v === ",") break;
        continue;
      }
      starts.push(verbAt);
      last = andNext;
      j = verbAt;
    }
    if (!last || starts.length < 2) continue;
    // Each item runs to the separator before the next; the last to the segment's end, or to the main
    // verb when the list is in a relative clause of the subject ("A priest who tried to talk to the
    // strikers and find a compromise was turned away": that claim keeps "was turned away").
    const ends = starts.slice(1).map((s) => (tokens[s - 1].l === "and" && tokens[s - 2]?.v === "," ? s - 2 : s - 1));
    const main = inSubjectRelative(tokens, t) ? mainVerbAfter(tokens, starts.at(-1)! + 1, seg.to) : -1;
    const rest = main > 0 ? main : seg.to;
    ends.push(rest);
    if (starts.some((s, i) => ends[i] - s < 2)) continue;
    return starts.map((s, i) => ({
      ...seg,
      cut: [
        ...seg.cut,
        ...(i > 0 ? [[starts[0], s] as [number, number]] : []),
        ...(i < starts.length - 1 ? [[ends[i], rest] as [number, number]] : []),
      ],
    }));
  }
  return null;
}

/**
 * "Video footage shows forces using firearms, water cannons and tear gas": a bare verb after "and"
 * cannot share the subject of a verb in -s ("shows"), so it is no second predicate.
 */
function agreesWithFirst(tokens: Token[], start: number, k: number): boolean {
  const at = SEQUENCE_ADVERBS.has(tokens[k + 1]?.l) ? k + 2 : k + 1;
  const second = tokens[at];
  if (!second || second.p !== "VERB" || /s$/.test(second.l) || verbLemma(second.l) !== second.l) return true;
  // The nearest verb before the "and" that a second predicate could join ("says it could add … and
  // accommodate" joins "could add").
  let v = k - 1;
  while (v >= start && (tokens[v].q || !(tokens[v].p === "VERB" || tokens[v].p === "AUX") || /ing$/.test(tokens[v].l)))
    v--;
  if (v < start || tokens[v].p === "AUX" || tokens[v - 1]?.p === "AUX" || tokens[v - 1]?.l === "to") return true;
  // Nor one in the past ("held 155 men with one toilet and sink" has a noun after "and"), unless
  // an adverb says the time has changed ("joined in 2014 and now lead …").
  return at > k + 1 || verbLemma(tokens[v].l) === tokens[v].l;
}

/** The first finite verb in from..to written straight after a noun: where a subject's relative clause ends. */
function mainVerbAfter(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++)
    if (["NOUN", "PROPN"].includes(tokens[i - 1].p) && (tokens[i].p === "AUX" || isVerbish(tokens, i))) return i;
  return -1;
}

/** Splits a sentence's tokens into segments that each state one fact. */
export function splitSentence(tokens: Token[]): Segment[] {
  let to = tokens.length;
  // Trailing punctuation goes, but not a parenthesis that closes one opened in the sentence ("(CLPS)").
  const opened = tokens.filter((t) => t.v === "(").length;
  while (
    to > 0 &&
    tokens[to - 1].p === "PUNCT" &&
    !isClosingQuote(tokens[to - 1]) &&
    !(tokens[to - 1].v === ")" && opened > 0)
  )
    to--;
  const aside = dashedAsides(tokens, to);
  const cutAsides = (c: Clause): Segment => ({
    ...c,
    cut: aside.filter((a) => a.open >= c.from && a.close < c.to).map((a): [number, number] => [a.open, a.close + 1]),
  });
  return [...leadingSubordinate(tokens, to, aside).map(cutAsides), ...aside.flatMap((a) => (a.fact ? [a.fact] : []))]
    .flatMap((seg) => splitRelatives(tokens, seg))
    .flatMap((seg) => splitAdjuncts(tokens, seg))
    .flatMap((seg) => splitTrailingChange(tokens, seg))
    .flatMap((seg) => (seg.subject ? [seg] : (infinitiveList(tokens, seg) ?? [seg])))
    .flatMap((seg) => splitCoordination(tokens, seg));
}
