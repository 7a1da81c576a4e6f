import { beingFollows, type Segment } from "./clauses";
import { lookup } from "./lookup";
import {
  ATTRIBUTION_VERBS,
  DURATIONS,
  gluedHyphen,
  hasAnchor,
  hasClause,
  hasVerb,
  IRREGULAR_PARTICIPLES,
  isDash,
  isPossessive,
  isTitleWord,
  isVerbish,
  NOUN_PHRASE_TAGS,
  POSSESSIVE_DETERMINERS,
  possessiveMark,
  SUBORDINATORS,
  TITLE_HEADS,
  TITLES,
  TITLE_STATUS,
} from "./grammar";
import { pastOf, presentOf } from "./inflect";
import { looksLikePerson } from "./people";
import { extractDates, isCalendarWord } from "./dates";
import { joinTokens, verbLemma, type Token } from "./tokens";

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
const PREPOSITIONAL = new Set([
  "including",
  "according",
  "following",
  "regarding",
  "concerning",
  "excluding",
  "during",
  "notwithstanding",
  "pending",
  "barring",
  "considering",
  "beginning",
  "starting",
  "ending",
  "compared",
  "given",
  "amid",
]);
// Participles whose subject is the whole event before them ("…, marking a sharp rise").
const RESULT_PARTICIPLES = new Set(["marking", "bringing", "making", "sending", "pushing", "lifting"]);
const PAST_AUX = new Set(["was", "were", "had", "did"]);
const PRESENT_AUX = new Set(["is", "are", "has", "have", "does", "do", "'s", "’s"]);
const MODAL_AUX = new Set(["will", "would", "could", "can", "may", "might", "should", "must"]);
const PLURAL_PRONOUNS = new Set(["they", "we", "these", "those", "both"]);

const isComma = (t: Token | undefined) => !!t && t.v === "," && !t.q;
// A written figure ("12,000", "$9.5"): clauses.ts's isCount also takes words like "dozens".
const isFigure = (t: Token) => t.p === "NUM" || /^\$?\d/.test(t.v);

/**
 * The tense of the clause whose first verb is at `v`: "welcomed" past, "is" present, "will face"
 * modal. "beat", "cut", "spread" are past or present alike: after a singular subject without an
 * "-s" they are past ("Norway beat Chile").
 */
export function tenseAt(tokens: Token[], v: number, pluralSubject = false): Tense {
  const t = tokens[v];
  if (!t) return { kind: "past" };
  if (MODAL_AUX.has(t.l)) return { kind: "modal", modal: t.l };
  if (PAST_AUX.has(t.l) || /ed$/.test(t.l)) return { kind: "past" };
  // "has launched": a present perfect reports a past event.
  if (
    (t.l === "has" || t.l === "have") &&
    tokens[v + 1] &&
    (/(ed|en)$/.test(tokens[v + 1].l) || IRREGULAR_PARTICIPLES.has(tokens[v + 1].l))
  )
    return { kind: "past" };
  if (PRESENT_AUX.has(t.l)) return { kind: "present" };
  if (t.p === "VERB" && /[^s]s$/.test(t.l) && verbLemma(t.l) !== t.l) return { kind: "present" };
  if (t.p === "VERB" && pluralSubject && verbLemma(t.l) === t.l) return { kind: "present" };
  return { kind: "past" };
}

/**
 * Whether a noun phrase names several things: "the winners", "they" (not "the bus"). A capitalised
 * first word is a name or a common noun ("Plains", "Mars"): the verb it agrees with (at `verb`) decides.
 */
// Plural nouns without an -s: "Hong Kong police have laid siege …, pinning 800 students" → "police pin".
const IRREGULAR_PLURALS = new Set(["police", "people", "men", "women", "children", "cattle", "personnel", "clergy"]);

export function isPlural(tokens: Token[], np: Range, verb?: number): boolean {
  const words = tokens.slice(np.from, np.to).filter((t) => t.p !== "PUNCT");
  if (words.some((t) => t.l === "and")) return true;
  const ofAt = words.findIndex((t) => t.l === "of" || t.p === "ADP");
  const head = words[ofAt > 0 ? ofAt - 1 : words.length - 1];
  if (!head) return false;
  if (PLURAL_PRONOUNS.has(head.l) || IRREGULAR_PLURALS.has(head.l)) return true;
  if (!/[^su]s$/.test(head.l)) return false;
  if (head.p === "NOUN") return true;
  // ("nearly 150 Indians": a name in -s after a count is plural.)
  if (words.some((t) => t.p === "NUM" && t !== head && !/^(1[89]|20)\d\d$/.test(t.v) && t.v !== "1")) return true;
  const v = verb !== undefined ? tokens[verb] : undefined;
  if (head.p !== "PROPN" || head !== words[0] || !v) return false;
  return ["are", "were", "have"].includes(v.l) || (v.p === "VERB" && !/s$/.test(v.l) && !/ed$/.test(v.l));
}

/** The finite form of `lemma` for a subject in a tense: "cite" → "cited", "spreads", "will cite". */
function finite(lemma: string, tense: Tense, plural: boolean): string {
  if (tense.kind === "modal") return `${tense.modal} ${lemma}`;
  if (tense.kind === "present") return presentOf(lemma, plural);
  if (lemma === "be") return plural ? "were" : "was";
  return pastOf(lemma);
}

/**
 * The subject of the clause at `from`: a short noun phrase before its first verb, with no comma.
 * Words cut from the clause (an aside between dashes) are neither subject nor verb.
 */
export function subjectOf(
  tokens: Token[],
  from: number,
  to: number,
  cut: [number, number][] = [],
): (Range & { verb: number }) | null {
  // "In a three-hour recorded interview with the FBI, Webb confessed": the subject follows an opening phrase.
  if (tokens[from]?.p === "ADP" && !tokens[from].q) {
    const comma = tokens.findIndex((t, i) => i > from && i < to && t.v === "," && !t.q);
    return comma > 0 ? subjectOf(tokens, comma + 1, to, cut) : null;
  }
  let v = from;
  let end = -1;
  while (v < to && !isVerbish(tokens, v)) {
    const skip = cut.find(([a]) => a === v);
    if (skip) {
      end = v;
      v = skip[1];
      continue;
    }
    if (tokens[v].v === "," || tokens[v].q) return null;
    v++;
  }
  const subjectEnd = end >= 0 ? end : v;
  if (v === from || subjectEnd - from > 8 || v >= to) return null;
  return tokens.slice(from, subjectEnd).some((t) => ["NOUN", "PROPN", "PRON"].includes(t.p))
    ? { from, to: subjectEnd, verb: v }
    : null;
}

/**
 * "The US welcomed the exchange, saying the hostages had suffered": the adjunct after the last
 * comma, restated about the clause's subject in the clause's tense ("The US said the hostages …").
 */
function trailingParticiple(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.to - 3; k > seg.from + 2; k--) {
    const next = tokens[k + 1];
    if (!isComma(tokens[k]) || next.q || next.p !== "VERB" || !/ing$/.test(next.l) || PREPOSITIONAL.has(next.l))
      continue;
    // "concluded that, using standard methods, the tariff cost …": the phrase opens the "that" clause.
    if (tokens[k - 1].l === "that") continue;
    // ("…, when Syrians gathered at the checkpoint, trying to cross": the subject after the subordinator.)
    // ("As part of …", "After the hearing, …" open phrases, not clauses.)
    const opener = tokens[seg.from].l;
    const from =
      SUBORDINATORS.has(opener) && !["as", "after", "before", "until"].includes(opener) ? seg.from + 1 : seg.from;
    const subject = subjectOf(tokens, from, k, seg.cut);
    // ("there are grounds for hope, since …, creating": an existential "there" does nothing. "U.S.
    // imports of goods such as motors, pumps and chips, have seen …, harming": an auxiliary after a
    // comma is the clause's verb, and "imports" was none.)
    if (
      !subject ||
      !hasClause(tokens, seg.from, k) ||
      tokens.slice(subject.from, subject.to).some((t) => t.l === "there") ||
      tokens.slice(subject.verb + 1, k).some((t, i) => t.p === "AUX" && isComma(tokens[subject.verb + i]))
    )
      return null;
    // "Two more patients died, bringing the toll to 14": the event brought it, not its subject, so
    // the clause stands alone and the whole sentence states the result.
    if (RESULT_PARTICIPLES.has(next.l)) return [{ ...seg, to: k }, { ...seg }];
    // "nine days before an announcement was made, raising questions": a span of time does nothing.
    const first = tokens[subject.from].p === "PUNCT" ? subject.from + 1 : subject.from;
    if (tokens[first]?.p === "NUM" && DURATIONS.has(tokens[first + 1]?.l ?? "")) return null;
    const plural = isPlural(tokens, subject, subject.verb);
    const tense = tenseAt(tokens, subject.verb, plural);
    // "characterizing the moon and hunting for spots …": each participle is a predicate of its own
    // (not "saying the firm was hiring and expanding", where the second is the reported clause's).
    const starts = [k + 1];
    for (let i = k + 2; i < seg.to - 1; i++) {
      const ing = /^[a-z]+ing$/.test(tokens[i + 1].v) && !PREPOSITIONAL.has(tokens[i + 1].l);
      if (tokens[i].l === "and" && !tokens[i].q && ing && !hasVerb(tokens, starts.at(-1)! + 1, i)) starts.push(i + 1);
    }
    return [
      { ...seg, to: k },
      ...starts.map((at, n) => ({
        from: at,
        to: n + 1 < starts.length ? starts[n + 1] - 1 : seg.to,
        cut: [],
        subject: { from: subject.from, to: subject.to, verb: finite(verbLemma(tokens[at].l), tense, plural) },
        bodyFrom: at + 1,
      })),
    ];
  }
  return null;
}

const WH_WORDS = new Set(["whether", "if", "how", "why", "where"]);

/**
 * "abducted by gunmen wearing military uniforms", "a law requiring 40% of seats for women": an -ing
 * phrase right after a noun that is the clause's object says what that noun does, in the clause's
 * tense ("The gunmen wore military uniforms"). Not after the subject ("people living in poverty
 * rose"), where it is part of what the clause is about, and only with a figure or a date in it.
 */
function presentParticiples(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  // The clause's object ("passed a law requiring …"), or the object of an opening preposition
  // ("In the revamped format debuting this year, teams play …").
  // Each with the clause subject whose verb sets the tense.
  const windows: { from: number; to: number; clause: Range & { verb: number }; opening: boolean }[] = [];
  const main = subjectOf(tokens, seg.from, seg.to, seg.cut);
  if (main) windows.push({ from: main.verb, to: seg.to, clause: main, opening: false });
  const comma = tokens.findIndex((t, i) => i > seg.from && i < seg.to && isComma(t));
  const after = tokens[seg.from].p === "ADP" && comma > 0 ? subjectOf(tokens, comma + 1, seg.to) : null;
  if (after) windows.push({ from: seg.from, to: comma, clause: after, opening: true });
  for (const w of windows) {
    for (let k = w.from + 2; k < w.to - 1; k++) {
      const [noun, verb] = [tokens[k - 1], tokens[k]];
      if (verb.q || verb.p !== "VERB" || !/ing$/.test(verb.l) || PREPOSITIONAL.has(verb.l)) continue;
      if (noun.p !== "NOUN" || noun.q || isVerbish(tokens, k - 1)) continue;
      let end = k + 1;
      while (
        end < w.to &&
        !isComma(tokens[end]) &&
        !tokens[end].q &&
        !(tokens[end].p === "CCONJ" && isVerbish(tokens, end + 1))
      )
        end++;
      // A figure or a date, not a name alone: "talks pursuing an agreement for US troops" restates the clause.
      const phrase = tokens.slice(k + 1, end);
      if (end - k < 2 || !(phrase.some(isFigure) || extractDates(joinTokens(phrase)).length > 0)) continue;
      let np = k - 1;
      while (np > w.from + 1 && k - np < 5 && NOUN_PHRASE_TAGS.has(tokens[np - 1].p)) np--;
      // An opening preposition's object may hold an adjective the tagger read as a verb ("the revamped").
      if (w.opening && np - 2 === w.from + 1 && /ed$/.test(tokens[np - 1].l) && tokens[np - 2].p === "DET") np -= 2;
      // The verb's own object or its agent ("abducted by gunmen wearing …"): after another preposition
      // ("spoke before lawmakers defending the budget") the phrase may be about the subject.
      const before = tokens[np - 1];
      const ok = w.opening
        ? np - 1 === w.from
        : !!before && (before.p === "VERB" || before.p === "AUX" || before.l === "by");
      if (!ok) continue;
      const subject = { from: np, to: k };
      const plural = isPlural(tokens, subject);
      const tense = tenseAt(tokens, w.clause.verb, isPlural(tokens, w.clause, w.clause.verb));
      out.push({
        from: np,
        to: end,
        cut: [],
        subject: { ...subject, verb: finite(verbLemma(verb.l), tense, plural) },
        bodyFrom: k + 1,
        writer: true,
      });
      k = end;
    }
  }
  return out;
}

/** The subject of the clause before `to`, or of the clause a speaker reports there ("WeWork said <the offer> will …"). */
function reportedSubject(tokens: Token[], from: number, to: number): (Range & { verb: number }) | null {
  // A clause that opens with its connector ("when the offer will be launched") has its subject after it.
  const start = SUBORDINATORS.has(tokens[from].l) || WH_WORDS.has(tokens[from].l) ? from + 1 : from;
  let subject = subjectOf(tokens, start, to);
  while (subject && ATTRIBUTION_VERBS.has(tokens[subject.verb].l)) {
    const next = tokens[subject.verb + 1]?.l === "that" ? subject.verb + 2 : subject.verb + 1;
    subject = subjectOf(tokens, next, to);
  }
  // "Their dream shattered and savings wasted, nearly 150 Indians returned …": an opening absolute
  // phrase (a noun and a bare participle, up to a comma) is not the clause; its subject follows it.
  const participle = (t: Token) => t.p === "VERB" && (/ed$/.test(t.l) || IRREGULAR_PARTICIPLES.has(t.l));
  if (subject && subject.from === start && participle(tokens[subject.verb])) {
    const comma = tokens.findIndex((t, i) => i > subject!.verb && i < subject!.verb + 10 && isComma(t));
    const between = comma > 0 ? tokens.slice(subject.verb + 1, comma) : [];
    const absolute = between.every((t) => !t.q && t.p !== "AUX" && (t.p !== "VERB" || participle(t)));
    const after = comma > 0 && absolute ? subjectOf(tokens, comma + 1, to) : null;
    if (after) subject = after;
  }
  if (!subject || tokens[subject.from].l === "it" || !hasClause(tokens, subject.from, to)) return null;
  // "a tender offer by SoftBank will be launched": a bare word right after a singular noun and before
  // a preposition, read as a verb, cannot agree with it; it is a noun, and the clause's verb comes later.
  const misread = (v: number) =>
    (tokens[v].p === "NOUN" || (tokens[v].p === "VERB" && verbLemma(tokens[v].l) === tokens[v].l)) &&
    tokens[v - 1]?.p === "NOUN" &&
    !/s$/.test(tokens[v - 1].l) &&
    tokens[v + 1]?.p === "ADP";
  let v = subject.verb;
  while (misread(v)) {
    let next = v + 1;
    while (next < to && !isVerbish(tokens, next) && !isComma(tokens[next]) && next - subject.from <= 10) next++;
    if (next >= to || !isVerbish(tokens, next)) break;
    v = next;
  }
  return v === subject.verb ? subject : { from: subject.from, to: v, verb: v };
}

/**
 * "… will be launched, after being delayed for almost two weeks", "He joined Meta in 2020 after
 * spending five years at Google": what the subject did or underwent before (or after) the clause's
 * event is a fact of its own. In the clause's tense when it is past; an event before a present or
 * future one has happened ("has been delayed"); one after it has not, so that is left.
 */
function sequencedParticiple(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.from + 3; k < seg.to - 3; k++) {
    const t = tokens[k];
    if ((t.l !== "after" && t.l !== "before") || t.q) continue;
    const passive = tokens[k + 1].l === "being";
    const verbAt = passive ? k + 2 : k + 1;
    const verb = tokens[verbAt];
    // The tagger reads a gerund after a preposition ("after spending") as a noun.
    const form = passive
      ? verb.p === "VERB" && (/(ed|en)$/.test(verb.l) || IRREGULAR_PARTICIPLES.has(verb.l))
      : (verb.p === "VERB" || verb.p === "NOUN") && /ing$/.test(verb.l);
    if (!form || verb.q) continue;
    const end = seg.to;
    // Only a phrase that ends the clause: one that runs on past a comma is another construction.
    if (tokens.slice(verbAt, end).some(isComma)) continue;
    const setOff = isComma(tokens[k - 1]);
    let head = setOff ? k - 1 : k;
    // "…, and less than six months after leading Spurs to the final": the span goes with the participle.
    let span = head;
    while (
      span > seg.from + 1 &&
      (DURATIONS.has(tokens[span - 1].l) || SPAN_WORDS.has(tokens[span - 1].l) || tokens[span - 1].p === "NUM")
    )
      span--;
    if (span < head && tokens[span - 1]?.l === "and") head = isComma(tokens[span - 2]) ? span - 2 : span - 1;
    const subject = reportedSubject(tokens, seg.from, head);
    if (!subject || !hasAnchor(tokens, verbAt, end) || end - verbAt < 3) continue;
    const plural = isPlural(tokens, subject, subject.verb);
    const past = tenseAt(tokens, subject.verb, plural).kind === "past";
    // Set off by a comma, it is background that has happened; without one, "will be signed after
    // being approved" is a condition, not a fact.
    if (!past && (t.l === "before" || !passive || !setOff)) continue;
    // Past with the clause, or (only what was undergone gets this far) "has been" before a later event.
    const restated = past
      ? finite(passive ? "be" : verbLemma(verb.l), { kind: "past" }, plural)
      : `${plural ? "have" : "has"} been`;
    return [
      { ...seg, to: head, cut: seg.cut.filter(([a]) => a < head) },
      {
        from: verbAt,
        to: end,
        cut: [],
        subject: { from: subject.from, to: subject.to, verb: restated },
        bodyFrom: passive ? verbAt : verbAt + 1,
      },
    ];
  }
  return null;
}

// Words of a span of time before "after" or "before": "less than six months", "just two weeks".
const SPAN_WORDS = new Set(["less", "more", "than", "about", "just", "only", "nearly", "almost", "some", "a", "few"]);

/** The -ing verb of "the group winners advancing …" starting at `from`, after a short noun phrase; -1 if none. */
function absoluteVerb(tokens: Token[], from: number, to: number): number {
  for (let v = from; v < Math.min(to, from + 8); v++) {
    // The tagger reads "Pella beating" as a noun after a name.
    const ing =
      /ing$/.test(tokens[v].l) && (tokens[v].p === "VERB" || (tokens[v].p === "NOUN" && tokens[v - 1].p === "PROPN"));
    if (ing && !tokens[v].q) return v > from ? v : -1;
    // ("talks with Ortiz while strolling around": a subordinator ends the noun phrase.)
    if (["PUNCT", "ADP", "SCONJ", "CCONJ"].includes(tokens[v].p) || isVerbish(tokens, v) || tokens[v].q) return -1;
  }
  return -1;
}

/**
 * "…, with the group winners advancing to the knockout stage", "… with Pella beating Jarry 6-4
 * and Schwartzman defeating Garin 6-2": each absolute as a clause of its own, in the main clause's tense.
 */
function withAbsolute(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.from + 3; k < seg.to - 3; k++) {
    if (tokens[k].l !== "with" || tokens[k].q || absoluteVerb(tokens, k + 1, seg.to) < 0) continue;
    if (!hasVerb(tokens, seg.from, k)) continue;
    const main = subjectOf(tokens, seg.from, k, seg.cut);
    const tense = main ? tenseAt(tokens, main.verb, isPlural(tokens, main, main.verb)) : { kind: "past" as const };
    const starts = [k + 1];
    for (let a = k + 3; a < seg.to - 2; a++)
      if (tokens[a].l === "and" && !tokens[a].q && absoluteVerb(tokens, a + 1, seg.to) > 0) starts.push(a + 1);
    const absolutes = starts.map((from, i) => {
      const v = absoluteVerb(tokens, from, seg.to);
      const np = { from, to: v };
      const to = i + 1 < starts.length ? starts[i + 1] - 1 : seg.to;
      return {
        from,
        to,
        cut: [],
        subject: { ...np, verb: finite(verbLemma(tokens[v].l), tense, isPlural(tokens, np)) },
        bodyFrom: v + 1,
      };
    });
    return [{ ...seg, to: isComma(tokens[k - 1]) ? k - 1 : k }, ...absolutes];
  }
  return null;
}

/**
 * "…, one of two forms of the infection—the other being bubonic plague": an absolute with "being"
 * after a dash or comma states what its noun is, in the clause's tense ("The other is bubonic plague").
 */
function beingAbsolute(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.from + 3; k < seg.to - 3; k++) {
    if (!(isComma(tokens[k]) || isDash(tokens[k])) || tokens[k].q) continue;
    const being = beingFollows(tokens, k);
    if (being < 0 || being + 2 > seg.to) continue;
    const main = subjectOf(tokens, seg.from, k, seg.cut);
    if (!main || !hasClause(tokens, seg.from, k)) return null;
    const np = { from: k + 1, to: being };
    const tense = tenseAt(tokens, main.verb, isPlural(tokens, main, main.verb));
    const verb = finite("be", tense, isPlural(tokens, np));
    return [
      { ...seg, to: k },
      { from: k + 1, to: seg.to, cut: [], subject: { ...np, verb }, bodyFrom: being + 1 },
    ];
  }
  return null;
}

const RELATIVES = new Set(["where", "who", "which", "that", "whose"]);
// "WeWork's", and the bare apostrophe of "Edmunds'" or "Kyrgios’".

/** Where an apposition opening at `i` ends (its closing comma), when it is a short phrase without a verb of its own. */
function appositionEnd(tokens: Token[], i: number, to: number): number {
  const opener = tokens[i];
  const participle = opener.p === "VERB" && (/(ed|en|wn)$/.test(opener.l) || IRREGULAR_PARTICIPLES.has(opener.l));
  // "Edmunds' executive director of …": a name's possessive opens an apposition as a determiner does.
  const owner = opener.p === "PROPN" && possessiveMark(tokens[i + 1]);
  if (!(opener.p === "DET" || POSSESSIVE_DETERMINERS.has(opener.l) || opener.l === "with" || participle || owner))
    return -1;
  // "a state where the drug is legal": a relative clause inside the apposition may have its verb.
  let relative = false;
  for (let j = i + 1; j < Math.min(to, i + 24); j++) {
    const t = tokens[j];
    if (t.q) continue;
    if (isComma(t)) return j - i <= 16 ? j : -1;
    if (t.p === "PUNCT" && t.v !== "-" && !possessiveMark(t)) return -1;
    if (RELATIVES.has(t.l) && (tokens[j - 1].p === "NOUN" || tokens[j - 1].p === "PROPN")) relative = true;
    // "with a diameter of 3,200 miles": a verb inside is a clause, not an apposition ("thought to represent" is).
    if (!participle && !relative && isVerbish(tokens, j)) return -1;
  }
  // "…, said Bruce Bagley, a professor at the University of Miami who has studied the trade.": one
  // that ends the sentence; not the end of a list ("…, the wine country and Sierra Nevada foothills").
  const rest = tokens.slice(i, to);
  const listEnd = rest.some((t, j) => t.p === "CCONJ" && ["PROPN", "DET", "NUM"].includes(rest[j + 1]?.p ?? ""));
  return to - i <= 24 && !listEnd && !rest.some((t) => t.q) ? to : -1;
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
    while (start < k && !NOUN_PHRASE_TAGS.has(tokens[start].p)) start++;
    const isPhrase =
      start < k &&
      tokens.slice(start, k).every((t, i) => !t.q && !isVerbish(tokens, start + i) && t.p !== "PUNCT" && t.p !== "ADP");
    const atSubject = isPhrase && end < seg.to && isVerbish(tokens, end + 1);
    if (!(tokens[k - 1].p === "PROPN" || tokens[k - 1].p === "NOUN")) continue;
    let np: Range;
    if (atSubject) np = { from: start, to: k };
    else {
      // Only a name takes an apposition mid-sentence: "Anas Haqqani, the younger brother of …".
      let a = k - 1;
      // "the Diplomatic Academy of Vietnam, a government university", "the Alliance for American
      // Manufacturing, a group …": the name runs on over "of", "for" and "on".
      const namePart = (i: number) =>
        tokens[i].p === "PROPN" ||
        // ("Braunau am Inn, a town on the border": a lower-case particle between two parts of a name.)
        ((NAME_PARTICLES.has(tokens[i].v) || tokens[i].v === "am") &&
          tokens[i - 1]?.p === "PROPN" &&
          tokens[i + 1]?.p === "PROPN") ||
        (["of", "for", "on"].includes(tokens[i].l) &&
          tokens[i - 1]?.p === "PROPN" &&
          i - 1 > seg.from &&
          // (Not a title's: "the CEO of Hipcricket, a mobile marketing company".)
          !isTitleWord(tokens[i - 1].l));
      while (a > seg.from && namePart(a - 1) && !isPossessive(tokens[a])) a--;
      // A one-word name only before a common noun ("Colorado, a state where …"), not in a list ("Spain, the US, …").
      const head = tokens.slice(k + 2, Math.min(seg.to, k + 5)).find((t) => t.p !== "ADJ");
      const oneWordOk = head?.p === "NOUN" && /^[a-z]/.test(head.v);
      const opensLikeDet = tokens[k + 1].p === "DET" || (tokens[k + 1].p === "PROPN" && possessiveMark(tokens[k + 2]));
      // "in June, an increase of 4 percent": a date takes no apposition; the phrase sums up the clause.
      if (tokens[k - 1].p !== "PROPN" || (k - a < 2 && !oneWordOk) || !opensLikeDet || isCalendarWord(tokens[k - 1].v))
        continue;
      // "…, the Logan Act, the emoluments clause, Mueller, …": items of a list, each between commas.
      const opensAt = tokens[a - 1]?.l === "the" ? a - 2 : a - 1;
      if (isComma(tokens[opensAt]) && isComma(tokens[end]) && !isVerbish(tokens, end + 1)) continue;
      // ("the Alliance for …, a group": the article goes with the name.)
      np = { from: a - 1 >= seg.from && tokens[a - 1].l === "the" ? a - 1 : a, to: k };
    }
    const body = tokens.slice(k + 1, end);
    if (!body.some((t) => t.p === "NOUN" || t.p === "PROPN" || t.p === "NUM") && tokens[k + 1].p !== "VERB") continue;
    // "In Kentucky, the Democratic candidate, Andy Beshear, promised …": the phrase describes the
    // name after it, not the place an opening preposition named.
    const opening = np.from - 1 === seg.from && tokens[seg.from].p === "ADP";
    if (opening && isComma(tokens[end]) && tokens[end + 1]?.p === "PROPN") continue;
    const plural = isPlural(tokens, np, atSubject ? end + 1 : undefined);
    const opener = tokens[k + 1];
    const verb = opener.l === "with" ? (plural ? "have" : "has") : plural ? "are" : "is";
    out.push({
      from: np.from,
      to: end,
      cut: [],
      subject: { ...np, verb },
      writer: true,
      bodyFrom: k + 1 + (opener.l === "with" ? 1 : 0),
    });
    if (atSubject) seg.cut.push([k, end + 1]);
    k = end;
  }
  return out;
}

/**
 * "reported in a 55-year-old man, also from Inner Mongolia", "… her husband, also a doctor,": an
 * apposition that opens with "also" says the noun before it shares something named earlier
 * ("The 55-year-old man is also from Inner Mongolia"); the sentence reads on without it.
 */
function alsoAppositions(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 2; k < seg.to - 3; k++) {
    const opener = tokens[k + 2];
    if (!isComma(tokens[k]) || tokens[k + 1].l !== "also" || !(opener.p === "ADP" || opener.p === "DET")) continue;
    if (tokens[k - 1].p !== "NOUN" && tokens[k - 1].p !== "PROPN") continue;
    let end = k + 2;
    while (end < seg.to && !isComma(tokens[end]) && !tokens[end].q) {
      if (isVerbish(tokens, end)) break;
      end++;
    }
    if ((end < seg.to && !isComma(tokens[end])) || end - k < 4 || !hasAnchor(tokens, k + 2, end)) continue;
    // The noun phrase before it, hyphenated words ("a 55-year-old man") and "her husband" whole.
    let np = k - 1;
    while (np > seg.from && k - np < 10) {
      const t = tokens[np - 1];
      const joins = t.v === "-" && tokens[np - 2]?.e === t.s;
      if (!NOUN_PHRASE_TAGS.has(t.p) && !joins && !POSSESSIVE_DETERMINERS.has(t.l)) break;
      np--;
      if (t.p === "DET" || POSSESSIVE_DETERMINERS.has(t.l)) break;
    }
    const subject = { from: np, to: k };
    out.push({
      from: np,
      to: end,
      cut: [],
      subject: { ...subject, verb: isPlural(tokens, subject) ? "are" : "is" },
      bodyFrom: k + 1,
      writer: true,
    });
    seg.cut.push([k, Math.min(end + 1, seg.to)]);
    k = end;
  }
  return out;
}

const SCORE = /^\d{1,2}-\d{1,2}$/;
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * "More than a third of WeWork's 12,000 employees …": a figure owned by a name is a fact of its
 * own, "WeWork has 12,000 employees".
 */
function possessedFigures(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 2; k++) {
    // A score ("Smith's 3-1 victory") is a result, not something owned (possessedWins); a year
    // ("Holcomb's 2016 election campaign") dates the thing, it does not count it.
    // Nor does an ordinal ("the band's 50th anniversary"): it ranks the thing.
    if (SCORE.test(tokens[k + 1]?.v ?? "") || YEAR.test(tokens[k + 1]?.v ?? "")) continue;
    if (/^\d+(st|nd|rd|th)$/i.test(tokens[k + 1]?.v ?? "")) continue;
    // Nor a model's number ("Boeing's 787-9 jets").
    if (/^\d+-\d+$/.test(tokens[k + 1]?.v ?? "")) continue;
    if (
      !isPossessive(tokens[k]) ||
      tokens[k].q ||
      !(isFigure(tokens[k + 1]) || (/^[$€£¥]$/.test(tokens[k + 1].v) && tokens[k + 2] && isFigure(tokens[k + 2])))
    )
      continue;
    let owner = k - 1;
    while (owner > seg.from && tokens[owner - 1].p === "PROPN") owner--;
    if (tokens[k - 1].p !== "PROPN" && !(tokens[k - 1].p === "NOUN" && tokens[k - 2]?.l === "the")) continue;
    if (tokens[k - 1].p === "NOUN") owner = k - 2;
    let end = k + 2;
    while (
      end < seg.to &&
      (["NUM", "NOUN", "ADJ", "PROPN", "SYM"].includes(tokens[end].p) ||
        isFigure(tokens[end]) ||
        (tokens[end].l === "in" && tokens[end + 1]?.p === "NOUN"))
    )
      end++;
    if (!tokens.slice(k + 1, end).some((t) => t.p === "NOUN" || /^(million|billion|trillion)$/.test(t.l))) continue;
    // ("the world's two largest economies": a ranking counts the best, it owns nothing.)
    if (tokens.slice(k + 1, end).some((t) => RANKING.test(t.l))) continue;
    // "the RAV4's 176 hp 2.5-liter engine": figures that run into a hyphenated word describe the noun after it.
    if (tokens[end]?.v === "-" && tokens[end].s === tokens[end - 1].e) continue;
    out.push({
      from: owner,
      to: end,
      cut: [[k, k + 1]],
      subject: { from: owner, to: k, verb: isPlural(tokens, { from: owner, to: k }) ? "have" : "has" },
      bodyFrom: k + 1,
    });
  }
  return out;
}

const WIN_NOUNS = new Set(["win", "victory", "triumph"]);
// Lower-case name particles inside a name: "Alex de Minaur", "Robin van Persie".
const NAME_PARTICLES = new Set(["de", "van", "von", "der", "da", "del", "di", "le", "la", "bin", "al"]);
// The tagger reads some surnames ("Park") as nouns: a capital letter is what makes them names here.
const isNamePart = (t: Token | undefined) =>
  !!t && (t.p === "PROPN" || NAME_PARTICLES.has(t.v) || (t.p === "NOUN" && /^\p{Lu}/u.test(t.v)));

/**
 * "behind Kyrgios’ 6-4, 6-4 win over Gonzalez": a result told as a name's possession is a fact of
 * its own, "Kyrgios won 6-4, 6-4 over Gonzalez", for each such result in the sentence.
 */
function possessedWins(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 3; k++) {
    // "Kyrgios’" and "Ortiz’" as well as "de Minaur’s" (the score after it says it is a possessive).
    if (!possessiveMark(tokens[k]) || tokens[k].q || tokens[k - 1].p !== "PROPN") continue;
    // The score: "6-4, 7-6 (7)", sets separated by commas, tie-breaks in parentheses.
    let j = k + 1;
    while (
      j < seg.to &&
      (SCORE.test(tokens[j].v) ||
        tokens[j].v === "," ||
        /^[()]$/.test(tokens[j].v) ||
        (tokens[j].p === "NUM" && tokens[j - 1]?.v === "("))
    )
      j++;
    if (
      j === k + 1 ||
      !SCORE.test(tokens[k + 1].v) ||
      !WIN_NOUNS.has(tokens[j]?.l) ||
      !/^(over|against)$/.test(tokens[j + 1]?.l ?? "")
    )
      continue;
    let end = j + 2;
    while (end < seg.to && isNamePart(tokens[end])) end++;
    if (end === j + 2) continue;
    let owner = k - 1;
    while (owner > seg.from && isNamePart(tokens[owner - 1])) owner--;
    out.push({
      from: owner,
      to: end,
      cut: [[j, j + 1]],
      subject: { from: owner, to: k, verb: "won" },
      bodyFrom: k + 1,
    });
  }
  return out;
}

/**
 * "Officials warned people to stay away, and to avoid rodents"; "The DEA says that A and that B":
 * the second complement restated with the words that govern both ("The DEA says that B").
 */
function coordinatedComplements(tokens: Token[], seg: Segment): Segment[] | null {
  const opens = (i: number) =>
    (tokens[i].l === "to" && tokens[i + 1]?.p === "VERB") ||
    (tokens[i].l === "that" && i > seg.from && isVerbish(tokens, i - 1));
  let first = -1;
  for (let i = seg.from + 1; i < seg.to - 2; i++)
    if (!tokens[i].q && opens(i)) {
      first = i;
      break;
    }
  if (first < 0 || !hasVerb(tokens, seg.from, first)) return null;
  for (let k = first + 3; k < seg.to - 2; k++) {
    if (
      tokens[k].l !== "and" ||
      tokens[k].q ||
      tokens[k + 1].l !== tokens[first].l ||
      !(tokens[k + 1].l === "that" || tokens[k + 2].p === "VERB")
    )
      continue;
    const cutFrom = isComma(tokens[k - 1]) ? k - 1 : k;
    return [
      { ...seg, to: cutFrom },
      { from: k + 1, to: seg.to, cut: [], subject: { from: seg.from, to: first }, bodyFrom: k + 1 },
    ];
  }
  return null;
}

/** "Plains (covering 65 percent of the surface) dominate …": the parenthesis restated ("Plains cover 65 percent of the surface"). */
function parentheticalParticiples(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 3; k++) {
    if (
      tokens[k].v !== "(" ||
      !(tokens[k + 1].p === "VERB" && /ing$/.test(tokens[k + 1].l)) ||
      !["NOUN", "PROPN"].includes(tokens[k - 1].p) ||
      tokens[k - 1].q
    )
      continue;
    // Its closing parenthesis may be the sentence's last token, just past the segment.
    let close = k + 1;
    while (close <= seg.to && close < tokens.length && tokens[close].v !== ")") close++;
    if (close > seg.to || close >= tokens.length || close - k < 4) continue;
    let np = k - 1;
    while (np > seg.from && k - np < 4 && NOUN_PHRASE_TAGS.has(tokens[np - 1].p) && !tokens[np - 1].q) np--;
    const subject = { from: np, to: k };
    // The verb the whole subject agrees with, after the parenthesis and what else it holds.
    let verb = close + 1;
    while (verb < seg.to && (tokens[verb].q || !isVerbish(tokens, verb))) verb++;
    const agrees = verb < seg.to ? verb : undefined;
    const plural = isPlural(tokens, subject, agrees);
    const tense = agrees !== undefined ? tenseAt(tokens, agrees, plural) : { kind: "present" as const };
    out.push({
      from: np,
      to: close + 1,
      cut: [[close, close + 1]],
      subject: { ...subject, verb: finite(verbLemma(tokens[k + 1].l), tense, plural) },
      bodyFrom: k + 2,
    });
    seg.cut.push([k, close + 1]);
    k = close;
  }
  return out;
}

const isDashToken = (t: Token | undefined) => isDash(t) && !t!.q;

/**
 * "Two hostages — an American and an Australian — who had been held since 2016 were released
 * Tuesday": a counted or named subject with a dashed apposition and a relative clause. Each is a
 * fact about the subject, and the main clause reads on without them ("Two hostages were released …").
 */
function subjectRelative(tokens: Token[], seg: Segment): Segment[] | null {
  // The subject starts the segment, or the clause after "… reports that".
  let from = seg.from;
  const that = tokens.findIndex(
    (t, i) =>
      i > seg.from &&
      i < seg.from + 8 &&
      t.l === "that" &&
      !t.q &&
      (isVerbish(tokens, i - 1) || ATTRIBUTION_VERBS.has(tokens[i - 1].l)),
  );
  if (that > 0) from = that + 1;
  let np = from;
  while (
    np < seg.to &&
    ["DET", "NUM", "ADJ", "NOUN", "PROPN"].includes(tokens[np].p) &&
    !tokens[np].q &&
    !isVerbish(tokens, np)
  )
    np++;
  // (A capitalised first word is no name: "Companies that do not pay … are sent a new bill" is about
  // those companies only.)
  const named = tokens.slice(from, np).some((t, i) => isFigure(t) || (t.p === "PROPN" && from + i > 0));
  if (np === from || np - from > 6 || !named) return null;
  let rel = np;
  let apposition: Range | null = null;
  if (isDashToken(tokens[np])) {
    const close = tokens.findIndex((t, i) => i > np + 1 && i < np + 12 && isDashToken(t));
    if (close < 0 || hasVerb(tokens, np + 1, close)) return null;
    apposition = { from: np + 1, to: close };
    rel = close + 1;
  }
  if (!["who", "that"].includes(tokens[rel]?.l) || tokens[rel].q) return null;
  // The relative clause's verbs, then its complement, then the main clause's own finite verb.
  let v = rel + 1;
  while (v < seg.to && ["AUX", "VERB", "ADV", "PART"].includes(tokens[v].p)) v++;
  if (v === rel + 1) return null;
  let main = v + 1;
  while (
    main < seg.to &&
    !(
      (tokens[main].p === "AUX" || tokens[main].p === "VERB") &&
      !/ing$/.test(tokens[main].l) &&
      tokens[main - 1].l !== "to"
    )
  ) {
    if (tokens[main].q || isComma(tokens[main])) return null;
    main++;
  }
  if (main >= seg.to - 1) return null;
  const subject = { from, to: np };
  const plural = isPlural(tokens, subject, main);
  const out: Segment[] = [
    { ...seg, cut: [...seg.cut, [np, main]] },
    { from, to: main, cut: apposition ? [[np, rel + 1]] : [[rel, rel + 1]], subject, bodyFrom: rel + 1 },
  ];
  if (apposition)
    out.push({
      from,
      to: apposition.to,
      cut: [],
      subject: { ...subject, verb: plural ? "are" : "is" },
      bodyFrom: apposition.from,
    });
  return out;
}

/**
 * "Plains and dunes dominate the mid-latitudes and the equator, respectively": one claim per pair
 * ("Plains dominate the mid-latitudes", "Dunes dominate the equator").
 */
function respectively(tokens: Token[], seg: Segment): Segment[] | null {
  const last = seg.to - 1;
  if (tokens[last]?.l !== "respectively" || !isComma(tokens[last - 1])) return null;
  const comma = last - 1;
  const top = (i: number) => !tokens[i].q && !seg.cut.some(([a, b]) => i >= a && i < b);
  let objectAnd = comma - 1;
  while (objectAnd > seg.from && !(tokens[objectAnd].l === "and" && top(objectAnd))) objectAnd--;
  let verb = objectAnd - 1;
  while (verb > seg.from && !(isVerbish(tokens, verb) && top(verb))) verb--;
  let subjectAnd = seg.from + 1;
  while (subjectAnd < verb && !(tokens[subjectAnd].l === "and" && top(subjectAnd))) subjectAnd++;
  if (objectAnd <= verb + 1 || subjectAnd >= verb || subjectAnd === seg.from) return null;
  // The second subject ends where what describes both begins ("… and dunes made up of methane").
  let secondEnd = subjectAnd + 1;
  while (secondEnd < verb && !(isVerbish(tokens, secondEnd) && top(secondEnd))) secondEnd++;
  return [
    { ...seg, cut: [...seg.cut, [subjectAnd, verb], [objectAnd, seg.to]] },
    {
      ...seg,
      cut: [...seg.cut, [seg.from, subjectAnd + 1], [secondEnd, verb], [verb + 1, objectAnd + 1], [comma, seg.to]],
    },
  ];
}

const RANKING = /^(\w+est|most|least|record|first|second|third|highest|lowest|largest|biggest|best|worst)$/;

/**
 * "Dealers sold 17.3 million vehicles, an increase of 0.3 percent from 2017": a figure or ranking
 * that sums up the clause before it. The clause stands alone, and the whole sentence states the
 * summary (it has no subject of its own to restate).
 */
function trailingSummary(tokens: Token[], seg: Segment): Segment[] | null {
  for (let k = seg.to - 3; k > seg.from + 3; k--) {
    if (!isComma(tokens[k])) continue;
    if (tokens[k + 1].p !== "DET" || tokens[k + 1].q) return null;
    const rest = tokens.slice(k + 1, seg.to);
    // (A verb the tagger read as a noun, before a figure, makes a clause too: "…, the tariff cost
    // consumers $1.4 billion a month".)
    const verbBeforeFigure = (i: number) =>
      isVerbish(tokens, i) && (tokens[i + 1]?.p === "SYM" || tokens[i + 1]?.p === "NUM");
    if (
      rest.some((t, i) => t.q || t.p === "VERB" || t.p === "AUX" || verbBeforeFigure(k + 1 + i) || isComma(t)) ||
      rest.length > 14
    )
      return null;
    if (
      !rest.some((t) => isFigure(t) || RANKING.test(t.l.replace(/^second-|^third-/, ""))) ||
      !hasClause(tokens, seg.from, k)
    )
      return null;
    return [{ ...seg, to: k }, { ...seg }];
  }
  return null;
}

// "top-ranked", "14th-ranked", "second-seeded" (three tokens); "defending champion", "reigning champions".
const RANKED = new Set(["ranked", "seeded"]);
const TITLE_HOLDER = new Set(["defending", "reigning"]);

/**
 * "The top-ranked Nadal defeated …", "against defending champion Croatia": a rank or title put
 * before a name is a fact about that name ("Nadal is top-ranked", "Croatia is the defending champion").
 */
function rankedNames(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from; k < seg.to - 1; k++) {
    const t = tokens[k];
    if (t.q) continue;
    const rank = tokens[k + 1]?.v === "-" && RANKED.has(tokens[k + 2]?.l ?? "") && /^[\p{L}\d]+$/u.test(t.v);
    const title = TITLE_HOLDER.has(t.l) && /^champions?$/.test(tokens[k + 1]?.l ?? "");
    if (!rank && !title) continue;
    const nameFrom = k + (rank ? 3 : 2);
    let nameTo = nameFrom;
    while (nameTo < seg.to && isNamePart(tokens[nameTo]) && !tokens[nameTo].q) nameTo++;
    if (nameTo === nameFrom || tokens[nameFrom].p !== "PROPN" || isPossessive(tokens[nameTo - 1])) continue;
    out.push({
      from: k,
      to: nameTo,
      cut: [[nameFrom, nameTo]],
      // "defending champions Millwall": a team named as plural takes "are".
      subject: {
        from: nameFrom,
        to: nameTo,
        verb: !title ? "is" : tokens[k + 1].l === "champions" ? "are the" : "is the",
      },
      bodyFrom: k,
      writer: true,
    });
  }
  return out;
}

const TITLE_WORD = new Set(["PROPN", "ADJ", "NOUN"]);

/**
 * "Afghan President Ashraf Ghani", "Secretary of State Mike Pompeo", "chairman Marcelo Claure": a
 * title written before a full name is a fact about the person ("Ashraf Ghani is the Afghan President").
 */
function titledNames(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from; k < seg.to - 2; k++) {
    if (tokens[k].q || !TITLE_HEADS.has(tokens[k].l)) continue;
    // "Secretary of State": the title goes on through "of" and a capitalised word.
    let titleEnd = tokens[k + 1].l === "of" && /^\p{Lu}/u.test(tokens[k + 2]?.v ?? "") ? k + 3 : k + 1;
    // "Director of Public Prosecution Eva-Marie Persson": the title's "of" phrase runs on to the
    // last two words of the names (a hyphenated word counts once).
    if (titleEnd === k + 3) {
      const words: number[] = [];
      for (let i = k + 2; i < seg.to && tokens[i].p === "PROPN" && !tokens[i].q; i++) {
        if (!gluedHyphen(tokens, i - 1)) words.push(i);
        if (gluedHyphen(tokens, i + 1)) i++;
      }
      if (words.length > 3) titleEnd = words[words.length - 2];
    }
    // "Secretary General Jens Stoltenberg": a title may run on over title words.
    while (titleEnd < seg.to && isTitleWord(tokens[titleEnd].l)) titleEnd++;
    let nameTo = titleEnd;
    for (;;) {
      while (nameTo < seg.to && tokens[nameTo].p === "PROPN" && !tokens[nameTo].q) nameTo++;
      // "Alexandria Ocasio-Cortez": a hyphen glued to both halves goes on with the name.
      if (nameTo + 1 >= seg.to || !gluedHyphen(tokens, nameTo)) break;
      nameTo += 1;
    }
    // ("the CEO of New Media Investment Group": what follows the title is an organisation, not a person.)
    if (nameTo - titleEnd < 2 || isNamePart(tokens[nameTo])) continue;
    if (!looksLikePerson(joinTokens(tokens.slice(titleEnd, nameTo)))) continue;
    let titleFrom = k;
    for (;;) {
      const prev = tokens[titleFrom - 1];
      if (titleFrom <= seg.from || k - titleFrom >= 5 || prev.q || isPossessive(prev)) break;
      // "T-Mobile CEO": a hyphenated word is one word of the title.
      if (gluedHyphen(tokens, titleFrom - 1) && titleFrom - 2 >= seg.from) titleFrom -= 2;
      // "Ousted WeWork CEO Adam Neumann" is no longer its CEO: the word that says so stays in the title.
      else if (TITLE_WORD.has(prev.p) || TITLES.has(prev.l) || TITLE_STATUS.has(prev.l)) titleFrom--;
      else break;
    }
    out.push({
      from: titleFrom,
      to: nameTo,
      cut: [[titleEnd, nameTo]],
      subject: { from: titleEnd, to: nameTo, verb: "is the" },
      writer: true,
      bodyFrom: titleFrom,
    });
    k = nameTo;
  }
  return out;
}

// "the Fed's decision to cut …" says the Fed decided to: the noun's verb, in the past.
const DECISIONS: Record<string, string> = {
  decision: "decided",
  vote: "voted",
  refusal: "refused",
  failure: "failed",
  pledge: "pledged",
  promise: "promised",
  agreement: "agreed",
  attempt: "attempted",
  offer: "offered",
  threat: "threatened",
};
const FINITE_AFTER = new Set(["should", "would", "could", "may", "might", "will", "is", "was", "has", "had", "can"]);

/**
 * "The Federal Reserve’s decision to cut its rate by a quarter-point last month should keep …": a
 * name's decision, vote or refusal to do something is a fact of its own ("The Federal Reserve
 * decided to cut its rate by a quarter-point last month"), up to the sentence's own verb.
 */
function possessedDecisions(tokens: Token[], seg: Segment): Segment[] {
  const out: Segment[] = [];
  for (let k = seg.from + 1; k < seg.to - 3; k++) {
    const verb = lookup(DECISIONS, tokens[k].l);
    if (!verb || !isPossessive(tokens[k - 1]) || tokens[k + 1].l !== "to" || tokens[k + 2].p !== "VERB") continue;
    let name = k - 1;
    // "the Bank of Ghana’s": a name may hold "of".
    while (
      name > seg.from &&
      (isNamePart(tokens[name - 1]) || (tokens[name - 1].l === "of" && isNamePart(tokens[name - 2])))
    )
      name--;
    if (name === k - 1) continue;
    if (tokens[name - 1]?.l === "the") name--;
    // Up to the sentence's own verb ("should keep", "still shapes").
    let end = k + 3;
    const mainVerb = (j: number) =>
      FINITE_AFTER.has(tokens[j].l) || (tokens[j].p === "VERB" && /[^s]s$/.test(tokens[j].l) && isVerbish(tokens, j));
    while (end < seg.to && !mainVerb(end) && !isComma(tokens[end])) end++;
    while (end > k + 3 && tokens[end - 1].p === "ADV") end--;
    if (end - k < 5) continue;
    out.push({ from: name, to: end, cut: [], subject: { from: name, to: k - 1, verb }, bodyFrom: k + 1 });
  }
  return out;
}

/** The facts stated beside the segment's main clause, and the main clause with what they took. */
export function splitAdjuncts(tokens: Token[], seg: Segment): Segment[] {
  if (seg.subject) return [seg];
  const extra = [
    ...appositions(tokens, seg),
    ...alsoAppositions(tokens, seg),
    ...possessedFigures(tokens, seg),
    ...possessedWins(tokens, seg),
    ...parentheticalParticiples(tokens, seg),
    ...presentParticiples(tokens, seg),
    ...rankedNames(tokens, seg),
    ...titledNames(tokens, seg),
    ...possessedDecisions(tokens, seg),
  ];
  const split = respectively(tokens, seg) ??
    subjectRelative(tokens, seg) ??
    trailingParticiple(tokens, seg) ??
    sequencedParticiple(tokens, seg) ??
    withAbsolute(tokens, seg) ??
    beingAbsolute(tokens, seg) ??
    trailingSummary(tokens, seg) ??
    coordinatedComplements(tokens, seg) ?? [seg];
  // A fact about a name, a figure, or of some length: "Acme is its biggest supplier", not "the man is a driver".
  const named = (e: Segment) => tokens.slice(e.from, e.to).some((t) => t.p === "PROPN");
  return [...split, ...extra.filter((e) => named(e) || hasAnchor(tokens, e.from, e.to) || e.to - e.from >= 6)];
}
