import {
  ATTRIBUTION_VERBS,
  gluedHyphen,
  isVerbish,
  HONORIFICS,
  isTitleWord,
  POSSESSIVE_DETERMINERS,
  possessiveMark,
  SUBORDINATORS,
  TITLE_HEADS,
  TITLES,
} from "./grammar";
import { extractDates } from "./dates";
import { joinTokens, type Token } from "./tokens";

const PRONOUNS = new Set(["he", "she", "they", "it", "we"]);
const ARTICLES = new Set(["the", "a", "an"]);
// Pronouns that stand for a speaker before the verb ("It posted a video" is no one's speech).
const PERSONAL = new Set(["he", "she", "they"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
const SPEECH = new Set(["said", "says", "say", "told", "tells"]);

/** "added 25 points" is not speech: other verbs count when what follows looks like reported content. */
function introducesSpeech(tokens: Token[], i: number): boolean {
  if (SPEECH.has(tokens[i].l) || tokens[i].l === "quoted") return true;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next || /^[,”"]$/.test(prev?.v ?? "")) return true;
  // "Beauvillier added his seventh", "added a goal and an assist": a thing added, not words.
  if (
    ADDING.has(tokens[i].l) &&
    (POSSESSIVE_DETERMINERS.has(next.l) || ["a", "an"].includes(next.l) || next.p === "NUM")
  )
    return false;
  return next.l === "that" || /^[“",.:;]$/.test(next.v) || ["PROPN", "DET", "PRON"].includes(next.p);
}

const ADDING = new Set(["added", "adds"]);

/** "What the jurors say on the stage could be …": what someone says as a noun phrase, naming no speaker. */
function whatSays(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 6; j--) {
    if (tokens[j].l === "what" || tokens[j].l === "whatever") return true;
    if (!["DET", "NOUN", "ADJ", "PROPN", "PRON", "ADV", "AUX", "PART", "CCONJ", "VERB"].includes(tokens[j].p))
      return false;
  }
  return false;
}

function cleanName(tokens: Token[]): string | null {
  // "Australian Prime Minister Scott Morrison": everything up to the last title goes when a full name follows it.
  const lastTitle = tokens.findLastIndex((t) => isTitleWord(t.l));
  // "Secretary of State": the title's "of" phrase is part of it.
  const after = tokens.slice(lastTitle + (["of", "to"].includes(tokens[lastTitle + 1]?.l) ? 3 : 1));
  if (lastTitle >= 0 && after.length >= 2 && after.every((t) => /^\p{Lu}|^-$/u.test(t.v)))
    return joinTokens(after).trim();
  // Articles go, and a possessive's "'s" left at the end ("the county's attorney" keeps it); honorifics
  // too, unless one is all there is ("The president said": the president).
  const alone = tokens.filter((t) => t.p !== "DET").every((t) => HONORIFICS.has(t.l));
  let kept = tokens.filter(
    (t, i) =>
      (alone || !HONORIFICS.has(t.l)) &&
      !((t.p === "DET" || t.p === "CCONJ") && (i === 0 || ARTICLES.has(t.l))) &&
      (t.p !== "PUNCT" || t.v === "-") &&
      !(/^['’]s$/.test(t.v) && i === tokens.length - 1),
  );
  // Leading titles and organisation acronyms go when a capitalised name of two or more words follows.
  let lead = 0;
  while (lead < kept.length && (TITLES.has(kept[lead].l) || /^[A-Z&]{2,}$/.test(kept[lead].v))) lead++;
  if (
    lead > 0 &&
    kept.length - lead >= 2 &&
    kept.slice(lead).every((t) => /^\p{Lu}|^-$|^[a-z]+$/u.test(t.v)) &&
    /^\p{Lu}/u.test(kept[lead].v)
  )
    kept = kept.slice(lead);
  const name = joinTokens(kept).trim();
  return name.length > 1 ? name : null;
}

/** Part of a name: a proper noun, a capitalised word, or a hyphenated piece ("Shin Won-sik"). */
function isNamePart(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const glued = (a: number, b: number) => !!tokens[a] && !!tokens[b] && tokens[a].e === tokens[b].s;
  // Only a capitalised piece starts a hyphenated name: "Won-sik", not "14th-ranked".
  const capital = (i: number) => /^\p{Lu}/u.test(tokens[i]?.v ?? "");
  if (t.v === "-") return glued(j - 1, j) && glued(j, j + 1) && capital(j - 1);
  if (tokens[j - 1]?.v === "-" && glued(j - 1, j)) return capital(j - 2);
  return (
    t.p === "PROPN" ||
    HONORIFICS.has(t.l) ||
    (/^\p{Lu}/u.test(t.v) && t.p !== "DET" && t.p !== "PRON" && t.p !== "PUNCT")
  );
}

/** The name (or noun phrase) ending just before index `end`, skipping an appositive's commas. */
function phraseBefore(tokens: Token[], end: number): Token[] {
  let j = end - 1;
  // "The German automaker, which has focused on electric vehicles …, says": the noun before the clause.
  const relative = tokens[j]?.v === "," ? relativeBefore(tokens, j) : -1;
  if (relative > 0) return phraseBefore(tokens, relative);
  if (tokens[j]?.v === ",") j--;
  const stop = j;
  // "“It is ready,” she said", "She said …": the pronoun, for the caller to resolve. ("as they had
  // reported" inside a clause is about whoever that clause is about.)
  // ("…, it said it submitted a proposal": "it" is a company or an agency named before.)
  if (j >= 0 && (PERSONAL.has(tokens[j].l) || tokens[j].l === "it") && tokens[j].p === "PRON") {
    // ("But she acknowledged …": after the connector that opens the sentence too.)
    const first = j === 0 || (j === 1 && tokens[0].p === "CCONJ");
    const opens = /^[,”"]$/.test(tokens[j - 1]?.v ?? "") || (first && tokens[j].l !== "they");
    return opens ? [tokens[j]] : [];
  }
  if (j >= 0 && isNamePart(tokens, j)) {
    // A name right before the verb is the speaker: "The Russian news agency Tass reported" → Tass.
    while (j >= 0 && isNamePart(tokens, j)) j--;
    // "Radio Free Asia, which broadcasts from Washington, reported": the name after "from" is not the speaker.
    // "Secretary of State Mike Pompeo said": "of" inside a title.
    // "China's ambassador to Britain Liu Xiaming said": "to" too.
    if (j > 0 && ["of", "to"].includes(tokens[j].l) && TITLE_HEADS.has(tokens[j - 1].l))
      return tokens.slice(j - 1, stop + 1);
    const named = tokens[end - 1]?.v === "," ? nameBeforeApposition(tokens, j, end) : null;
    if (named) return named;
    // "a week after Bloomberg reported": a clause's opening word is no preposition.
    if (j < 0 || tokens[j].p !== "ADP" || SUBORDINATORS.has(tokens[j].l) || tokens[j].l === "since")
      return tokens.slice(j + 1, stop + 1);
    // "…, the U.S. Attorney's Office for the Western District of New York said": the whole phrase.
    const head = ofPhraseStart(tokens, j);
    return head < j ? tokens.slice(head + 1, stop + 1) : leadingName(tokens);
  }
  while (j >= 0 && (nounish(tokens[j]) || (possessiveMark(tokens[j]) && j > 0 && nounish(tokens[j - 1])))) j--;
  j = ofPhraseStart(tokens, j);
  const unclosed = tokens[end - 1]?.v === "," ? -1 : unclosedApposition(tokens, j);
  return (
    (tokens[end - 1]?.v === "," && nameBeforeApposition(tokens, j, end)) ||
    (unclosed > 0 && nameBeforeApposition(tokens, unclosed, end)) ||
    subjectBeforeRelative(tokens, j) ||
    tokens.slice(j + 1, stop + 1)
  );
}

/**
 * "A spokesperson who did not wish to be named because of agency policy said": a preposition's
 * object before the verb ends the subject's relative clause; the speaker is the noun before "who".
 */
function subjectBeforeRelative(tokens: Token[], j: number): Token[] | null {
  if (tokens[j]?.p !== "ADP" || tokens[j].q) return null;
  const who = tokens.findIndex((t, i) => i < j && !t.q && (t.l === "who" || t.l === "that") && t.p === "PRON");
  if (who < 1 || tokens.slice(0, who).some((t) => t.q || t.p === "VERB" || t.p === "AUX" || t.v === ",")) return null;
  const phrase = phraseBefore(tokens, who);
  return phrase.length ? phrase : null;
}

/**
 * "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank
 * told CBS": the comma that opens an apposition with "a" the writer did not close before the verb
 * (no verb inside it), or -1.
 */
function unclosedApposition(tokens: Token[], j: number): number {
  for (let c = j; c > 0 && j - c <= 20; c--) {
    // ("Delhi-based" is no verb.)
    if (tokens[c].q || ((tokens[c].p === "VERB" || tokens[c].p === "AUX") && !gluedHyphen(tokens, c - 1))) return -1;
    if (tokens[c].v === "," && ["a", "an"].includes(tokens[c + 1]?.l) && isNamePart(tokens, c - 1)) return c;
  }
  return -1;
}

/** The comma that opens ", which …" or ", who …" closed by the comma at `c`, or -1. */
function relativeBefore(tokens: Token[], c: number): number {
  for (let i = c - 1; i > 1 && c - i <= 32; i--) {
    if (tokens[i].q) return -1;
    if (tokens[i].v === ",") return ["which", "who"].includes(tokens[i + 1]?.l) ? i : -1;
  }
  return -1;
}

/**
 * "Jessica Caldwell, Edmunds' executive director of industry analysis, said", "General Mark Milley,
 * chairman of the Joint Chiefs of Staff, told": the name before the apposition.
 */
function nameBeforeApposition(tokens: Token[], j: number, end: number): Token[] | null {
  for (let c = j; c > Math.max(0, end - 32); c--) {
    if (tokens[c].v !== "," || !isNamePart(tokens, c - 1)) continue;
    let n = c - 1;
    while (n > 0 && (isNamePart(tokens, n - 1) || (possessiveMark(tokens[n - 1]) && isNamePart(tokens, n - 2)))) n--;
    // A one-word name only where it opens the sentence ("McCormick, who has split from …, told"); a
    // date is no name ("On Monday, the People's Daily, the party's mouthpiece, warned").
    const name = tokens.slice(n, c);
    // ("Sean Robertson, a spokesperson for Inherent Resolve, the U.S. operation …, told": a name after
    // "for" or "at" belongs to an apposition; the speaker is named before it.)
    const described = ["for", "at", "of", "with", "in"].includes(tokens[n - 1]?.l) && tokens[n - 1].p === "ADP";
    if (described) continue;
    if ((c - n >= 2 || n === 0) && extractDates(joinTokens(name)).length === 0) return name;
  }
  return null;
}

const nounish = (t: Token) => t.p === "PROPN" || t.p === "NOUN" || t.p === "ADJ" || t.v === "&";

const PHRASE_PREPOSITIONS = new Set(["of", "for", "on", "at", "from", "in", "with", "to", "about"]);

/**
 * "the U.S. Attorney's Office for the Western District of New York announced", "executives of both
 * companies announced": the speaker is the whole phrase, not the name after its last "of" or "for".
 * `j` is the token before the phrase found so far; returns the token before the whole phrase.
 */
function ofPhraseStart(tokens: Token[], j: number): number {
  let at = j;
  for (;;) {
    let k = at;
    if (tokens[k]?.p === "DET" && tokens[k - 1] && PHRASE_PREPOSITIONS.has(tokens[k - 1].l)) k--;
    // "A doctor on the scene told Ruptly", "sources in the camp said": also a place after a common noun.
    // "The National Institute on Drug Abuse": "on" between two parts of one name.
    const place =
      ["on", "at", "from", "in"].includes(tokens[k]?.l) &&
      (tokens[k - 1]?.p === "NOUN" || (tokens[k - 1]?.p === "PROPN" && (k === 1 || namedAfter(tokens, k + 1))));
    // "people familiar with the talks say", "two people briefed on the call said": a noun and its description.
    const described =
      ["with", "on", "to", "about"].includes(tokens[k]?.l) &&
      (tokens[k - 1]?.p === "ADJ" || (tokens[k - 1]?.p === "VERB" && /ed$/.test(tokens[k - 1].l))) &&
      tokens[k - 2]?.p === "NOUN";
    if (described) k--;
    else if (k < 1 || !(["of", "for"].includes(tokens[k].l) || place) || !nounish(tokens[k - 1])) return at;
    k--;
    while (
      k >= 0 &&
      (nounish(tokens[k]) || isNamePart(tokens, k) || possessiveMark(tokens[k]) || tokens[k].p === "NUM")
    )
      k--;
    if (tokens[k]?.p === "DET") k--;
    at = k;
  }
}

const namedAfter = (tokens: Token[], i: number) =>
  tokens[i]?.p === "PROPN" && /^\p{Lu}/u.test(tokens[i].v) && extractDates(tokens[i].v).length === 0;

/** The sentence's subject before its first verb, when the sentence opens with it (a name or a pronoun). */
function subjectBefore(tokens: Token[], to: number): Token[] {
  let v = 0;
  while (v < to && tokens[v].p !== "VERB" && tokens[v].p !== "AUX") v++;
  if (v === 0 || v >= to || v > 6 || tokens.slice(0, v).some((t) => t.p === "PUNCT")) return [];
  let end = v;
  while (end > 1 && tokens[end - 1].p === "ADV") end--;
  const subject = tokens.slice(0, end);
  return subject.length === 1 && subject[0].p === "PRON" && !PERSONAL.has(subject[0].l) ? [] : subject;
}

function leadingName(tokens: Token[]): Token[] {
  let j = 0;
  while (j < tokens.length && (tokens[j].p === "PROPN" || HONORIFICS.has(tokens[j].l))) j++;
  return tokens.slice(0, j);
}

function phraseAfter(tokens: Token[], start: number): Token[] {
  if (tokens[start]?.p === "DET") start++;
  let j = start;
  while (
    j < tokens.length &&
    (tokens[j].p === "PROPN" ||
      HONORIFICS.has(tokens[j].l) ||
      // ("said his client chose …": a possessive is no speaker.)
      (tokens[j].p === "PRON" && j === start && !POSSESSIVE_DETERMINERS.has(tokens[j].l)) ||
      // "the Springfield News Leader": a capitalised noun after a name is part of it.
      (tokens[j].p === "NOUN" && j > start && /^\p{Lu}/u.test(tokens[j].v) && tokens[j - 1].p === "PROPN"))
  )
    j++;
  return tokens.slice(start, j);
}

/**
 * ", said another witness in the inquiry, former White House adviser Fiona Hill": a description,
 * then the name it describes after a comma (the last run of capitalised words before the next one).
 */
function describedThenNamed(tokens: Token[], start: number): Token[] {
  const comma = tokens.findIndex((t, i) => i > start && i <= start + 12 && t.v === ",");
  if (comma < 0) return [];
  let end = comma + 1;
  while (end < tokens.length && end - comma <= 10 && !/^[,.;:]$/.test(tokens[end].v)) end++;
  let from = end;
  while (from > comma + 1 && /^\p{Lu}\p{Ll}/u.test(tokens[from - 1].v) && tokens[from - 1].p === "PROPN") from--;
  return end - from >= 2 ? tokens.slice(from, end) : [];
}

/**
 * Who the sentence attributes its content to: "X said", "said X", "according to X", "X told …",
 * "X was quoted as saying". Pronouns resolve to the previous speaker.
 */
export function findSpeaker(tokens: Token[], previous: string | null): Speaker | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.q) continue;
    let phrase: Token[] = [];
    let opensAt = -1;
    if (t.l === "according" && tokens[i + 1]?.l === "to")
      phrase = withHeadNoun(tokens, phraseAfter(tokens, i + 2)) || commonSource(tokens, i + 2);
    else if (
      (ATTRIBUTION_VERBS.has(t.l) || (t.l === "quoted" && tokens[i - 1]?.l === "was")) &&
      // ("the journal BMJ Case Reports": a capitalised word after a name is part of the name.)
      !(/^\p{Lu}/u.test(t.v) && tokens[i - 1]?.p === "PROPN") &&
      !whatSays(tokens, i) &&
      introducesSpeech(tokens, i)
    ) {
      const at = t.l === "quoted" ? i - 1 : i;
      // ", said Mark Quinlan" and "” said X": the speaker follows the verb.
      const listenerFollows = t.l === "told" || t.l === "tells";
      // (", too, said Mary Lovely" names the speaker after the verb; "Netanyahu, however, said he …" before it.)
      const adverbBefore = setOffAdverb(tokens, at - 1) && tokens[i + 1]?.p !== "PROPN";
      const follows = !listenerFollows && /^[,”"]$/.test(tokens[at - 1]?.v ?? "") && !adverbBefore;
      const after = follows ? invertedSpeaker(tokens, i) : [];
      const described =
        follows && !after.length ? (ownedTitleThenNamed(tokens, i + 1) ?? describedThenNamed(tokens, i + 1)) : [];
      const start = verbGroupStart(tokens, at);
      // "She didn't give a date, but said SpaceX would …": a second predicate's speaker is the clause's subject.
      const coordinated = tokens[start - 1]?.p === "CCONJ" ? subjectBefore(tokens, start - 1) : [];
      if (coordinated.length) opensAt = start;
      phrase = after.length
        ? after
        : described.length
          ? described
          : coordinated.length
            ? coordinated
            : phraseBefore(tokens, start);
      // "… announced Monday": a day after the verb says when, not who.
      // ("retailers that said they raised prices": a pronoun after the verb is what was said's subject.)
      if (!listenerFollows && !phrase.some((x) => x.p === "PROPN" || x.p === "NOUN" || x.p === "PRON"))
        phrase = phraseAfter(tokens, i + 1).filter(
          (x, k, all) => extractDates(joinTokens(all)).length === 0 && !(x.p === "PRON" && all.length === 1),
        );
    }
    // ("reports that depicted …": a relative pronoun is no speaker.)
    if (!phrase.length || (phrase.length === 1 && ["that", "which", "who"].includes(phrase[0].l))) continue;
    // From where the speaker's name starts ("but General Mark Milley, chairman of …, told"), or the
    // predicate that names the speaker when it follows "and" or "but".
    const named = tokens.indexOf(phrase[0]);
    // ("When Carlineo was approached, he told police he supported Trump": what the speaker says comes
    // after the verb, so the clause before the comma is not theirs.)
    const says = !!tokens[i + 1] && tokens[i + 1].p !== "PUNCT" && !tokens[i + 1].q && i < tokens.length - 3;
    const from = opensAt >= 0 ? opensAt : clauseStart(tokens, named >= 0 && named < i ? named : i, says);
    // A pronoun stands for the last speaker, or for the person the caller's memory holds.
    if (phrase.length === 1 && PRONOUNS.has(phrase[0].l))
      return previous || PERSONAL.has(phrase[0].l) ? { name: previous ?? "", from, pronoun: phrase[0].l } : null;
    const name = cleanName(phrase);
    // "Fifty-one percent say …": a poll's share of respondents is a result, not a speaker.
    if (name && /\b(percent|per cent)\b|%/i.test(name)) return null;
    if (name) return { name, from };
  }
  return null;
}

/**
 * The speaker named right after the verb at `i` (", said Mark Quinlan", ", said he."), or nothing
 * when the words after it open what was said: "Ana Ruiz, the chief, said she would …", ", said
 * Epstein's death is …", ", said the US policy change paved …" (a phrase followed by a verb, a
 * possessive or a common noun). After an owner's possessive, the titled name it leads to (", said
 * The We Company’s … chair Marcelo Claure").
 */
function invertedSpeaker(tokens: Token[], i: number): Token[] {
  const phrase = phraseAfter(tokens, i + 1);
  if (!phrase.length) return phrase;
  const next = tokens.indexOf(phrase.at(-1)!) + 1;
  if (tokens[next]?.q) return phrase;
  if (possessiveMark(tokens[next])) return nameAfterTitle(tokens, next + 1);
  const opensSaid = isVerbish(tokens, next) || (tokens[next]?.p === "NOUN" && /^\p{Ll}/u.test(tokens[next].v));
  return opensSaid ? [] : phrase;
}

/**
 * "according to the state's finances website", "according to court records": a source in common
 * words, its article dropped (up to six words, a possessive allowed).
 */
function commonSource(tokens: Token[], start: number): Token[] {
  const from = tokens[start]?.p === "DET" ? start + 1 : start;
  let end = from;
  while (
    end < tokens.length &&
    end - from < 6 &&
    !tokens[end].q &&
    (["NOUN", "ADJ", "PROPN"].includes(tokens[end].p) || (possessiveMark(tokens[end]) && end > from))
  )
    end++;
  if (end === from || tokens[end - 1].p !== "NOUN") return [];
  // ("according to data from MarketAxess", "a survey by Piper Jaffray": the name that produced it.)
  let by = end;
  if (tokens[by]?.p === "VERB" && /ed$/.test(tokens[by].l)) by++;
  const maker = ["from", "by"].includes(tokens[by]?.l) ? phraseAfter(tokens, by + 1) : [];
  return maker.some((t) => t.p === "PROPN") ? maker : tokens.slice(from, end);
}

/** "according to the Jordanian government": a name's adjective and the common noun it qualifies. */
function withHeadNoun(tokens: Token[], phrase: Token[]): Token[] | null {
  if (!phrase.length) return null;
  let end = tokens.indexOf(phrase.at(-1)!) + 1;
  const from = end;
  while (end < tokens.length && end - from < 2 && tokens[end].p === "NOUN" && /^\p{Ll}/u.test(tokens[end].v)) end++;
  return end > from ? [...phrase, ...tokens.slice(from, end)] : phrase;
}

/** ", said the firm's new chair Ian Park": an owner in common words, its possessive, then the titled name. */
function ownedTitleThenNamed(tokens: Token[], start: number): Token[] | null {
  let j = tokens[start]?.p === "DET" ? start + 1 : start;
  const owner = j;
  while (j < tokens.length && j - owner < 3 && (tokens[j].p === "NOUN" || tokens[j].p === "ADJ")) j++;
  if (j === owner || !possessiveMark(tokens[j])) return null;
  const name = nameAfterTitle(tokens, j + 1);
  return name.length ? name : null;
}

/**
 * ", said The We Company’s recently named executive chair Marcelo Claure": after an owner's
 * possessive, the name its title words lead to (two capitalised words or more), or nothing.
 */
function nameAfterTitle(tokens: Token[], start: number): Token[] {
  let j = start;
  while (
    j < tokens.length &&
    j - start < 6 &&
    ["ADV", "ADJ", "VERB", "NOUN"].includes(tokens[j].p) &&
    /^\p{Ll}/u.test(tokens[j].v)
  )
    j++;
  let end = j;
  while (end < tokens.length && isNamePart(tokens, end) && /^\p{Lu}/u.test(tokens[end].v)) end++;
  return j > start && end - j >= 2 ? tokens.slice(j, end) : [];
}

/** "has also estimated", "had previously said": the speaker stands before the verb's auxiliaries and adverbs. */
function verbGroupStart(tokens: Token[], at: number): number {
  let i = at;
  // Not a form of "be": "employees were told" names who heard it.
  const skips = (t: Token) => !t.q && (t.p === "ADV" || (t.p === "AUX" && !BE.has(t.l)));
  for (;;) {
    while (i > 0 && skips(tokens[i - 1])) i--;
    if (!setOffAdverb(tokens, i - 1)) return i;
    i -= 3;
  }
}

/** "Netanyahu, however, said": the comma at `k` closes an adverb set off between the speaker and the verb. */
const setOffAdverb = (tokens: Token[], k: number) =>
  k > 1 && tokens[k].v === "," && tokens[k - 1].p === "ADV" && !tokens[k - 1].q && tokens[k - 2].v === ",";

/**
 * "David Holmes revealed …, saying he recalled it", restated "David Holmes said he recalled it": the
 * restated subject of a speech verb is the speaker, when it holds a name.
 */
export function restatedSpeaker(
  tokens: Token[],
  subject: { from: number; to: number; verb?: string },
  bodyFrom?: number,
): string | null {
  const verb = subject.verb ?? tokens[bodyFrom ?? -1]?.l;
  if (!verb || !ATTRIBUTION_VERBS.has(verb)) return null;
  // The name at the subject's end: not "Last week State Department official", nor "then" after it.
  let end = subject.to;
  while (end > subject.from && tokens[end - 1].p === "ADV") end--;
  let from = end;
  while (from > subject.from && (isNamePart(tokens, from - 1) || isTitleWord(tokens[from - 1].l))) from--;
  // (Not the name a preposition ends the subject with: "China’s ambassador to Britain".)
  const head = tokens[from - 1]?.p !== "ADP" || from === subject.from;
  if (from < end && head && tokens.slice(from, end).some((t) => t.p === "PROPN"))
    return cleanName(tokens.slice(from, end));
  // "…, while the city's police deny … and say they show restraint": a predicate's own speech verb
  // makes its subject the speaker, named or not (not a passive one: "the array announced by …").
  const words = tokens.slice(subject.from, end);
  const passive = tokens[(bodyFrom ?? -2) + 1]?.l === "by";
  return subject.verb || passive || !words.length || words.some((t) => t.q || t.p === "PRON") ? null : cleanName(words);
}

/** Who is speaking, and the token their clause starts at: what comes before it is not theirs. */
export type Speaker = { name: string; from: number; pronoun?: string };

// ("as" too opens a speaker's clause, but "…, as the minister said" speaks for the whole sentence.)
const CONTRASTS = new Set([
  "but",
  "yet",
  "and",
  ";",
  "when",
  "after",
  "before",
  "while",
  "because",
  "since",
  "although",
  "though",
  "whereas",
  "until",
]);

/**
 * "The rally drew 3,000 people, but Patel cited the turnout as proof …": a speaker's clause that
 * opens with "but", "and" or a subordinator ("when authorities announced …"), or after ";", reports
 * nothing of the clause before. (After a comma the speaker
 * closes the sentence and speaks for all of it: "Prices rose, but wages fell, the minister said.")
 */
function clauseStart(tokens: Token[], verb: number, says = false): number {
  for (let b = verb - 1; b > 0 && verb - b <= 10; b--) {
    if (CONTRASTS.has(tokens[b].l) && !tokens[b].q) return b + 1;
    if (tokens[b].v === "," && says && SUBORDINATORS.has(tokens[0].l)) return b + 1;
    if (tokens[b].v === "," || tokens[b].q) return 0;
  }
  return 0;
}
