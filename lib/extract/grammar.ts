import type { Token } from "./tokens";

/** Word lists the clause rules read; each is about English grammar, not about any one article. */
export const HONORIFICS = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "messrs.",
  "dr.",
  "prof.",
  "president",
  "prime",
  "gov.",
  "sen.",
  "rep.",
  "gen.",
  "judge",
  "justice",
  "chancellor",
  "king",
  "queen",
  "pope",
]);
/** Abbreviated titles and the nouns they stand for. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  "gov.": "governor",
  "sen.": "senator",
  "rep.": "representative",
};
// Nouns that end a title written before a name: "Afghan President", "Secretary of State", "Gov.".
export const TITLE_HEADS = new Set([
  "administrator",
  "president",
  "president-elect",
  "minister",
  "secretary",
  "governor",
  "gov.",
  "senator",
  "sen.",
  "rep.",
  "representative",
  "mayor",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "director",
  "speaker",
  "superintendent",
  "chancellor",
  "premier",
  "commissioner",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "sheriff",
  "coach",
  "founder",
  "co-founder",
]);
// Common irregular past participles: "the shells sold to Russia", "the talks held in Geneva".
export const IRREGULAR_PARTICIPLES = new Set([
  "built",
  "bought",
  "brought",
  "caught",
  "cut",
  "found",
  "held",
  "hit",
  "kept",
  "led",
  "left",
  "lost",
  "made",
  "met",
  "paid",
  "put",
  "run",
  "sent",
  "set",
  "shot",
  "sold",
  "spent",
  "struck",
  "taught",
  "thought",
  "won",
  "laid",
  "fled",
  "dealt",
  "heard",
  "hung",
  "stood",
  "spread",
  "shut",
  "sought",
  "fought",
  "upheld",
  "withheld",
  "stuck",
  "swept",
  "lent",
]);
/** Job titles written before a name ("Mayor Karen Bass", "CEO Andy Vesey"). */
export const TITLES = new Set([
  ...HONORIFICS,
  "mayor",
  "governor",
  "senator",
  "minister",
  "secretary",
  "general",
  "coach",
  "ceo",
  "chief",
  "commissioner",
  "ambassador",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "chairman",
  "chairwoman",
  "chair",
  "sheriff",
  "lt.",
  "sgt.",
  "capt.",
  "col.",
  "adm.",
  "admiral",
  "speaker",
  "leader",
  "premier",
  "deputy",
  "vice",
  "foreign",
  "defense",
  "defence",
  "finance",
  "state",
  "attorney",
  "police",
  "superintendent",
]);
/** Words before a title that say the person holds it no longer, not yet or not for good. */
export const TITLE_STATUS = new Set([
  "former",
  "ousted",
  "outgoing",
  "departing",
  "deposed",
  "retired",
  "late",
  "acting",
  "interim",
  "incoming",
  "embattled",
]);
/** A word of a title, its head or a modifier ("Secretary", "General", "Prime", "Minister"). */
export const isTitleWord = (word: string) => TITLES.has(word) || TITLE_HEADS.has(word);

export const MODALS = new Set(["might", "could", "may", "would", "should", "can", "must"]);
/** Verbs that state the writer's reading of events rather than an event: their clauses are analysis. */
export const INTERPRETIVE = new Set([
  "deepen",
  "deepens",
  "deepened",
  "mark",
  "marks",
  "marked",
  "signal",
  "signals",
  "signaled",
  "signalled",
  "underscore",
  "underscores",
  "underscored",
  "highlight",
  "highlights",
  "highlighted",
  "reflect",
  "reflects",
  "reflected",
  "illustrate",
  "illustrates",
  "suggest",
  "suggests",
  "represent",
  "represents",
  "symbolize",
  "symbolizes",
  "embody",
  "embodies",
  "mean",
  "means",
  "seem",
  "seems",
  "appear",
  "appears",
]);
export const ATTRIBUTION_VERBS = new Set([
  "said",
  "says",
  "say",
  "told",
  "tells",
  "reported",
  "reports",
  "indicated",
  "stated",
  "announced",
  "claimed",
  "claims",
  "added",
  "noted",
  "wrote",
  "writes",
  "warned",
  "argued",
  "argues",
  "explained",
  "insisted",
  "predicted",
  "estimated",
  "confirmed",
  "denied",
  "acknowledged",
  "cited",
  "tweeted",
  "posted",
  "testified",
  "alleged",
  "asserted",
  "declared",
  "disclosed",
  "revealed",
  "rhapsodized",
  "maintained",
  "recalled",
]);
export const SUBORDINATORS = new Set([
  "while",
  "whereas",
  "although",
  "though",
  "after",
  "before",
  "when",
  "because",
  "until",
  "as",
]);
/** "came hours after …", "shortly before …": a span of time ties the two clauses into one fact. */
export const DURATIONS = new Set([
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "minutes",
  "moments",
  "seconds",
  "shortly",
  "soon",
  "just",
  "long",
  "right",
  "only",
  "even",
  "day",
  "week",
  "month",
  "year",
]);
const AS_NOT_CLAUSE = new Set([
  "well",
  "if",
  "though",
  "a",
  "an",
  "part",
  "of",
  "many",
  "much",
  "long",
  "soon",
  "far",
  "such",
  "to",
  "for",
  "usual",
  "expected",
  "planned",
  "recently",
  "early",
  "late",
  "high",
  "low",
  "little",
  "few",
]);
const SUBJECT_TAGS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** The words of a plain noun phrase ("the 12,000 new workers", "a teacher pay commission"). */
export const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const NP_TAGS = new Set([...NOUN_PHRASE_TAGS, "PART"]);

/** "’s" / "'s": a possessive (or a contracted "is", which the callers tell apart by context). */
export const isPossessive = (t: Token | undefined) => !!t && /^['’]s$/.test(t.v);
/** Possessive determiners: "tapped as his ambassador", "their 2020 session". */
export const POSSESSIVE_DETERMINERS = new Set(["its", "his", "her", "their", "our", "my", "your"]);
/** The third-person and "our" ones, which stand for a phrase named in the text ("its will", "his stance"). */
export const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our"]);

/** A possessive's mark: "'s", or the bare apostrophe of "Edmunds'". */
export const possessiveMark = (t: Token | undefined) => isPossessive(t) || (!!t && /^['’]$/.test(t.v));
/** A dash that joins clauses or sets off a phrase: em, en, or a doubled hyphen. */
export const isDash = (t: Token | undefined) => !!t && (t.v === "—" || t.v === "–" || t.v === "--");

/** A hyphen at `i` written with no space on either side ("state-owned", "Ocasio-Cortez"). */
export const gluedHyphen = (tokens: Token[], i: number) =>
  tokens[i]?.v === "-" && tokens[i - 1]?.e === tokens[i].s && tokens[i].e === tokens[i + 1]?.s;

export function isVerbish(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "top-ranked", "state-owned": the second half of a hyphenated adjective is no verb.
  if (gluedHyphen(tokens, i - 1)) return false;
  if (t.p === "VERB" || t.p === "AUX") return true;
  // wink tags some finite verbs as nouns ("the treaty marks a…", "relations plunge to…").
  const next = tokens[i + 1];
  // (Not "that officials began …", where a verb follows: there the noun is the subject.)
  if (
    t.p === "NOUN" &&
    prev &&
    ["which", "that", "who"].includes(prev.l) &&
    /^[a-z]+(s|ed)$/.test(t.l) &&
    next?.p !== "VERB" &&
    next?.p !== "AUX" &&
    // ("which astrobiologists regard as …": a plural noun, then its verb read as a noun.)
    !(next?.p === "NOUN" && !/s$/.test(next.l) && /s$/.test(t.l) && tokens[i + 2]?.p === "ADP") &&
    !subjectBeforePhrase(tokens, i)
  )
    return true;
  if (verbBeforeInfinitive(tokens, i)) return true;
  return (
    t.p === "NOUN" &&
    !!prev &&
    (prev.p === "NOUN" || prev.p === "PROPN") &&
    !!next &&
    // ("The bar charges $299", "charges Rs 299": a price after it is its object.)
    (["DET", "ADP", "PRON", "NUM", "SYM"].includes(next.p) || (next.p === "PROPN" && tokens[i + 2]?.p === "NUM")) &&
    /^[a-z]+$/.test(t.l) &&
    // "law enforcement in a basket": a noun's suffix, which few verbs have.
    (!NOMINAL_SUFFIX.test(t.l) || MENT_VERBS.has(t.l)) &&
    // A verb agrees with the noun before it ("relations plunge", "the index rises"): "phone call with" does not.
    /s$/.test(prev.l) !== /s$/.test(t.l) &&
    // ("Small investors in Hong Kong have welcomed …": the clause's verb comes after the phrase.)
    !subjectBeforePhrase(tokens, i)
  );
}
/**
 * "launched in 2011 aims to reduce …", "Acme plans to cut …": a verb in -s before "to" and a verb
 * that the tagger read as a noun, after a year or a name (after "the" or "its" it is a noun, "its
 * plans to build"; after a count too, "10 assists to post").
 */
export function verbBeforeInfinitive(tokens: Token[], i: number): boolean {
  const [prev, t] = [tokens[i - 1], tokens[i]];
  return (
    t.p === "NOUN" &&
    /^[a-z]+s$/.test(t.l) &&
    (prev?.p === "PROPN" || (prev?.p === "NUM" && /^(1[89]|20)\d\d$/.test(prev.v))) &&
    tokens[i + 1]?.l === "to" &&
    tokens[i + 2]?.p === "VERB"
  );
}

/** "that customers with a subscription could …": the noun, a preposition's phrase, then the clause's verb. */
function subjectBeforePhrase(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.p !== "ADP") return false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
    const t = tokens[j];
    if (t.p === "AUX" || (t.p === "VERB" && !/ing$/.test(t.l))) return true;
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"].includes(t.p)) return false;
  }
  return false;
}
const NOMINAL_SUFFIX = /(tion|sion|ness|ity|ship|ism|ment)$/;
const MENT_VERBS = new Set(["implement", "comment", "document", "complement", "supplement", "experiment", "augment"]);

/** A clause of its own: a subject followed by a finite verb inside [from, to). */
export function hasClause(tokens: Token[], from: number, to: number): boolean {
  return clauseVerb(tokens, from, to) >= 0;
}

/** The finite verb of the clause inside [from, to) that has a subject before it, or -1. */
export function clauseVerb(tokens: Token[], from: number, to: number): number {
  let subject = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (
      isVerbish(tokens, i) &&
      !(t.p === "VERB" && /ing$/.test(t.l) && tokens[i - 1]?.p !== "AUX") &&
      tokens[i - 1]?.l !== "to" &&
      !attributive(tokens, i, from) &&
      !participleOnly(tokens, i)
    )
      return subject ? i : -1;
    // "Though many remain peaceful": a quantifier stands for the people it counts.
    if (SUBJECT_TAGS.has(t.p) || QUANTIFIER_SUBJECTS.has(t.l)) subject = true;
  }
  return -1;
}

// Past participles that are never a past tense ("the reduction in demand seen after …").
const PARTICIPLE_ONLY = new Set([
  "seen",
  "taken",
  "given",
  "done",
  "shown",
  "known",
  "written",
  "driven",
  "chosen",
  "spoken",
  "broken",
  "stolen",
  "eaten",
  "gone",
  "begun",
  "grown",
  "drawn",
  "thrown",
  "flown",
]);
const participleOnly = (tokens: Token[], i: number) =>
  PARTICIPLE_ONLY.has(tokens[i].l) && !["AUX", "ADV"].includes(tokens[i - 1]?.p ?? "");

const QUANTIFIER_SUBJECTS = new Set(["many", "most", "some", "few", "several", "both", "all", "none", "others"]);

/** "the recycled gases", "At advanced stages": a participle before its noun describes it, it is no verb. */
function attributive(tokens: Token[], i: number, from: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  // ("the country's second elected black governor": an adjective may come between it and its noun.)
  if (t.p !== "VERB" || !/(ed|ing)$/.test(t.l) || !["NOUN", "ADJ"].includes(tokens[i + 1]?.p)) return false;
  // (Past an adverb inside the phrase: "the newly elected mayor", "the country's second elected governor".)
  const head = before?.p === "ADV" && i - 2 >= from ? tokens[i - 2] : before;
  const opens = (x: Token) => ["DET", "ADP", "ADJ", "PUNCT"].includes(x.p) || isPossessive(x);
  return i === from || !before || opens(before) || (before.p === "ADV" && head !== before && opens(head));
}

export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isVerbish(tokens, i)) return true;
  return false;
}

/** Something a fact-checker can check against: a name, a number, or a date word. */
export function hasAnchor(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.p === "NUM" || /\d/.test(t.v)) return true;
    if (t.p === "PROPN" && i > from && /^\p{Lu}/u.test(t.v)) return true;
    // First word of a sentence: a name only if the next word is one too, or it is an acronym ("PG&E").
    if (t.p === "PROPN" && i === from && (tokens[i + 1]?.p === "PROPN" || /\p{Lu}.*\p{Lu}/u.test(t.v))) return true;
  }
  return false;
}

export function asStartsClause(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  // "tapped as his ambassador": "as" before a possessive is a preposition.
  if (POSSESSIVE_DETERMINERS.has(next?.l ?? "")) return false;
  // "on issues such as the state's voucher program", "problems, as well as lower attainment": examples, not a clause.
  if (tokens[k - 1]?.l === "such" || (tokens[k - 1]?.l === "well" && tokens[k - 2]?.l === "as")) return false;
  // "not as long as the old one", "as many cases as they reported": a comparison stays in the sentence.
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].l === "as") return false;
    if (!COMPARED.has(tokens[j].p)) break;
  }
  if (!next || AS_NOT_CLAUSE.has(next.l) || !["DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"].includes(next.p))
    return false;
  // "cited the turnout as proof that …": a clause after "as" has its verb before any other
  // punctuation, conjunction or relative word (a comma may set off an apposition: "as the giant's
  // service, Stadia, launched").
  for (let i = k + 1; i < Math.min(tokens.length, k + 14); i++) {
    const t = tokens[i];
    if (t.v === "," && !t.q) {
      let name = i + 1;
      while (tokens[name]?.p === "PROPN") name++;
      if (name > i + 1 && tokens[name]?.v === ",") {
        i = name;
        continue;
      }
    }
    if (t.p === "PUNCT" || t.p === "CCONJ" || RELATIVE_WORDS.has(t.l) || SUBORDINATORS.has(t.l)) return false;
    // "as tantamount to investigating", "as farmers using …": an infinitive or a bare -ing form is no clause's verb.
    if (
      isVerbish(tokens, i) &&
      tokens[i - 1].l !== "to" &&
      !(/ing$/.test(t.l) && tokens[i - 1].p !== "AUX") &&
      !attributive(tokens, i, k + 1)
    )
      return true;
  }
  return false;
}
const COMPARED = new Set(["ADJ", "ADV", "NOUN", "NUM"]);
const RELATIVE_WORDS = new Set(["that", "who", "which", "whose", "whom"]);

/**
 * "the only device that supports 4K", "the first officers assigned to the unit": a phrase that a
 * relative clause or participle singles out, so what it says is no fact of its own about the phrase.
 */
export const singledOut = (tokens: Token[], np: { from: number; to: number }) =>
  tokens
    .slice(np.from, np.to)
    .some((t) => ["only", "first", "last", "sole"].includes(t.l) || (t.p === "ADJ" && /[a-z]est$/.test(t.l)));

const SPAN_PREPOSITIONS = new Set(["in", "within", "over", "for", "after"]);
const SPAN_HEDGES = new Set(["less", "more", "than", "about", "nearly", "almost", "just", "under", "roughly"]);

/**
 * The noun phrase a relative clause at `k` describes: walks back over the phrase, skipping
 * trailing time and place adjuncts ("… treaty at Pyongyang on Wednesday that …").
 */
export function antecedent(tokens: Token[], k: number, floor: number): { from: number; to: number } {
  let j = k - 1;
  for (;;) {
    // "crashes … in less than five months that killed 346 people": a span of time is no antecedent.
    if (DURATIONS.has(tokens[j]?.l) && tokens[j - 1]?.p === "NUM") {
      let a = j - 2;
      while (a > floor && SPAN_HEDGES.has(tokens[a].l)) a--;
      if (a > floor && SPAN_PREPOSITIONS.has(tokens[a].l)) {
        j = a - 1;
        continue;
      }
    }
    // "at Pyongyang", "on Wednesday", "in 2014": an adjunct, not the thing described.
    let a = j;
    while (a > floor && (tokens[a].p === "PROPN" || tokens[a].p === "NUM")) a--;
    if (a < j && a > floor && ["at", "on", "in", "during"].includes(tokens[a].l)) j = a - 1;
    else break;
  }
  const to = j + 1;
  while (j > floor && tokens[j].p === "PUNCT" && /[”"’]/.test(tokens[j].v)) j--;
  let i = j;
  while (i > floor) {
    const prev = tokens[i - 1];
    // "his “tough on China” stance": a short quotation inside the phrase is part of it.
    if (prev.q && !tokens[i].q) {
      let open = i - 1;
      while (open > floor && tokens[open - 1].q && i - open < 8) open--;
      if (open > floor && open < i - 2 && /[“"]/.test(tokens[open].v)) {
        i = open;
        continue;
      }
    }
    // "cost and schedule issues that …": two bare nouns joined by "and" share the head (not "on
    // the ground and information gathered …", where the first noun has its own article).
    if (
      (prev.l === "and" || prev.l === "or") &&
      tokens[i].p === "NOUN" &&
      i - 2 > floor &&
      tokens[i - 2].p === "NOUN" &&
      tokens[i - 3]?.p !== "DET"
    ) {
      i -= 2;
      continue;
    }
    if (
      NP_TAGS.has(prev.p) ||
      // ("the inciting offense", "the list of impacted goods": a participle between an article or
      // "of" and its noun is part of the phrase.)
      (prev.p === "VERB" && /(ing|ed)$/.test(prev.l) && (tokens[i - 2]?.p === "DET" || tokens[i - 2]?.l === "of")) ||
      (prev.p === "PUNCT" && /[“”"]/.test(prev.v)) ||
      // ("Cooke’s earlier testimony": an adverb the tagger read between a possessive and its noun.)
      (prev.p === "ADV" && (isPossessive(tokens[i - 2]) || tokens[i - 2]?.p === "DET")) ||
      ((prev.l === "of" || prev.l === "with") && tokens[i - 2] && NP_TAGS.has(tokens[i - 2].p))
    ) {
      i--;
      if (prev.p === "DET") break;
    } else if (gluedHyphen(tokens, i - 1) && i - 2 > floor) {
      // "two-stroke engines that …": a hyphenated word is one word of the phrase.
      i -= 2;
    } else if (gluedHyphen(tokens, i - 2) && i - 3 > floor) {
      // ("the self-declared government": so is one whose second half the tagger read as a verb.)
      i -= 1;
    } else break;
  }
  // "his stance, which …": a possessive opens the phrase.
  if (i > floor && POSSESSIVE_PRONOUNS.has(tokens[i - 1].l)) i--;
  return { from: i, to };
}

/** The nearest person named with an honorific before `k` ("Mr. Kim"), to stand for "he"/"she". */
export function lastTitledPerson(tokens: Token[], k: number): string | null {
  for (let i = k - 1; i >= 0; i--) {
    if (HONORIFICS.has(tokens[i].l) && tokens[i + 1]?.p === "PROPN") {
      let end = i + 1;
      while (tokens[end + 1]?.p === "PROPN" && !/^['’]s$/.test(tokens[end + 1].v)) end++;
      return tokens
        .slice(i, end + 1)
        .map((t) => t.v)
        .join(" ");
    }
  }
  return null;
}
