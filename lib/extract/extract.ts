import { findSpeaker } from "./attribution";
import { lookup } from "./lookup";
import {
  classifyLine,
  datelineLength,
  isCredit,
  isListHeading,
  isPrompt,
  pointsAtPage,
  creditStart,
  wordCount,
} from "./boilerplate";
import { classifyClaim, scoreClaim, subjectivity } from "./classify";
import { newNameMemory, rememberNames, resolveDescription, restateDescription, type NameMemory } from "./descriptions";
import { splitSentence, type Segment } from "./clauses";
import { extractDates } from "./dates";
import { ATTRIBUTION_VERBS, hasAnchor, hasClause, hasVerb, isPossessive, isTitleWord } from "./grammar";
import { maskMarkup } from "./mask";
import { contentStart, segmentText, type PersonFor } from "./segment-text";
import { joinTokens, readSentences, verbLemma, type Sentence } from "./tokens";
import { isPlural, subjectOf } from "./adjuncts";
import { pastOf } from "./inflect";
import type { ExtractedClaim, ExtractOptions, ExtractResult, SkipReason } from "./types";
import { claimFacts } from "./claim-facts";

type Line = { start: number; end: number; first: boolean; inList: boolean; top: boolean };

type Context = {
  input: string;
  masked: string;
  options: ExtractOptions;
  result: ExtractResult;
  seen: Set<string>;
  /** The last speaker named, for "he said" in a later paragraph. */
  speaker: string | null;
  /** The speaker of this paragraph, for a quotation that follows without its own attribution. */
  quoteSpeaker: string | null;
  /** The last person named by full name, for "He joined the club in 2015" in a later sentence. */
  person: string | null;
  /** People named so far by full name, with "he" or "she" once the article has shown which. */
  pronouns: Map<string, "he" | "she" | null>;
  /** Names written so far, for "the ministry" or "the company" in a later claim. */
  names: NameMemory;
  /** The thing the last sentence was about ("Pneumonic plague"), for "It is highly contagious" after it. */
  thing: string | null;
};

// A closing full stop ends a sentence; an ellipsis ends a teaser cut short ("… open meeting...").
const TERMINAL = /(?<!\.\.|…)[.!?"”'’)]$/;
// "The 1930s Were Not a Good Time for the Royals (3:05)": a video title; the paragraph after it describes the video.
const VIDEO_TITLE = /\(\d{1,2}:\d{2}\)$/;

/**
 * Lines with their offsets. A blank line ends a block. Lists of links to other stories are found by
 * their shape: a block whose lines mostly lack a closing full stop; a run of three or more
 * paragraphs that are each one short line without one (headlines of other stories, each its own
 * paragraph); and the short unterminated paragraphs that follow a list heading ("Related Articles").
 */
function readLines(masked: string): Line[] {
  const blocks: { start: number; end: number }[][] = [[]];
  let offset = 0;
  for (const raw of masked.split("\n")) {
    const start = offset + (raw.length - raw.trimStart().length);
    const end = offset + raw.trimEnd().length;
    offset += raw.length + 1;
    if (end > start) blocks[blocks.length - 1].push({ start, end });
    else if (blocks[blocks.length - 1].length) blocks.push([]);
  }
  const filled = blocks.filter((b) => b.length);
  const texts = filled.map((b) => b.map((l) => masked.slice(l.start, l.end)));
  const teaser = texts.map((t) => t.length === 1 && !TERMINAL.test(t[0]) && wordCount(t[0], 25) <= 25);
  const listed = new Array<boolean>(filled.length).fill(false);
  for (let i = 0; i < filled.length; i++) {
    const open = texts[i].filter((t) => !TERMINAL.test(t)).length;
    if (filled[i].length >= 4 && open / filled[i].length >= 0.7) listed[i] = true;
    let j = i;
    while (j < filled.length && teaser[j]) j++;
    // The article's own headline and dek open the page: a run that starts there is not a list.
    if (j - i >= 3 && filled[i][0].start > 0) for (let k = i; k < j; k++) listed[k] = true;
    if (texts[i].some(isListHeading)) for (let k = i + 1; k < filled.length && teaser[k]; k++) listed[k] = true;
    if (VIDEO_TITLE.test(texts[i].at(-1)!) && texts[i + 1] && !TERMINAL.test(texts[i + 1].at(-1)!))
      listed[i + 1] = true;
    if (j > i + 1) i = j - 1;
  }
  const lines: Line[] = [];
  filled.forEach((block, b) => {
    let inList = listed[b];
    block.forEach((l, i) => {
      if (isListHeading(texts[b][i])) inList = true;
      lines.push({ ...l, first: lines.length === 0, inList, top: lines.length < 3 });
    });
  });
  return lines;
}

function skip(ctx: Context, start: number, end: number, reason: SkipReason): void {
  ctx.result.skipped.push({ text: ctx.input.slice(start, end), start, end, reason });
}

/** Headlines and deks: a short line at the top without a closing full stop is one claim, unsplit. */
function isHeadline(ctx: Context, line: Line): boolean {
  const text = ctx.masked.slice(line.start, line.end);
  return line.top && !/[.!?"”]$/.test(text) && text.split(/\s+/).length <= 25;
}

export function extractClaims(input: string, options: ExtractOptions = {}): ExtractResult {
  const masked = maskMarkup(input);
  const ctx: Context = {
    input,
    masked,
    options,
    result: { claims: [], skipped: [] },
    seen: new Set(),
    speaker: null,
    quoteSpeaker: null,
    person: null,
    pronouns: new Map(),
    thing: null,
    names: newNameMemory(),
  };
  for (const line of readLines(masked)) processLine(ctx, line);
  return ctx.result;
}

function processLine(ctx: Context, line: Line): void {
  const text = ctx.masked.slice(line.start, line.end);
  const furniture = line.inList ? "boilerplate" : classifyLine(text, { isFirstLine: line.first });
  if (furniture) return skip(ctx, line.start, line.end, furniture);
  let start = line.start + datelineLength(text);
  let end = line.end;
  const credit = creditStart(ctx.masked.slice(start, end));
  if (credit >= 0) {
    skip(ctx, start + credit, end, "credit");
    end = start + credit;
  }
  while (start < end && /\s/.test(ctx.masked[start])) start++;
  if (start >= end) return;
  const headline = isHeadline(ctx, line);
  ctx.quoteSpeaker = null;
  for (const sentence of readSentences(ctx.masked.slice(start, end), start)) {
    processSentence(ctx, sentence, headline);
    // A headline's capitals make names of ordinary words ("Major WeWork Layoffs").
    if (!headline) rememberNames(ctx.names, sentence.tokens);
  }
}

function processSentence(ctx: Context, sentence: Sentence, headline: boolean): void {
  const { tokens, start, end } = sentence;
  const text = ctx.masked.slice(start, end);
  if (isCredit(text)) return skip(ctx, start, end, "credit");
  if (/\?["”’)]*$/.test(text.trim())) {
    // "Noting that on Earth there is …, Malaska asked, “Could it …?”": the question is skipped, what
    // the speaker noted before asking it is not.
    const noted = notedBeforeQuestion(tokens);
    if (!noted) return skip(ctx, start, end, "question");
    addClaim(ctx, sentence, noted.segment, { speaker: noted.speaker, verbless: false });
    return skip(ctx, tokens[noted.segment.to + 1].s, end, "question");
  }
  if (isPrompt(text) || pointsAtPage(text)) return skip(ctx, start, end, "boilerplate");
  const fullyQuoted = tokens.every((t) => t.q || t.p === "PUNCT");
  const found = findSpeaker(tokens, ctx.speaker) ?? (fullyQuoted ? ctx.quoteSpeaker : null);
  // "the company said": the speaker is the company the article named.
  const named = found && /^[a-z]+$/.test(found) ? resolveDescription(found, ctx.names) : null;
  const speaker = named ? named.replace(/^the /, "") : found;
  if (speaker) ctx.speaker = ctx.quoteSpeaker = speaker;
  const it = referentOfIt(tokens, ctx.thing);

  const verbless = !hasVerb(tokens, 0, tokens.length);
  if (headline || verbless) {
    // A caption ("President Putin at the airport of Yakutsk, June 18, 2024") states a fact without a verb.
    const caption =
      verbless &&
      hasAnchor(tokens, 0, tokens.length) &&
      (extractDates(text).length > 0 || tokens.filter((t) => t.p === "PROPN").length >= 2);
    if (!headline && !caption) return skip(ctx, start, end, "too vague");
    return addClaim(ctx, sentence, { from: 0, to: tokens.length, cut: [] }, { speaker, verbless: true, it });
  }
  // "Steve Castro said he fought the man, who grabbed the keys as he was showing the van": a "he"
  // later in the sentence is the person it is about.
  const person = namedSubject(tokens, speaker, ctx) ?? titledPerson(tokens);
  ctx.person = person ?? ctx.person;
  if (person) learnPronoun(ctx.pronouns, person, tokens);
  for (const segment of splitSentence(tokens)) addClaim(ctx, sentence, segment, { speaker, verbless: false, it });
  ctx.thing = tokens[0]?.l === "it" ? ctx.thing : person ? null : thingSubject(tokens);
}

// Questions a speaker asks after noting something: "…, Malaska asked, “Could it …?”".
const ASKED = new Set(["asked", "wondered", "questioned"]);

/** "Noting that <fact>, <speaker> asked …": the fact as "<speaker> noted that <fact>", and the speaker's name. */
function notedBeforeQuestion(tokens: Sentence["tokens"]): { segment: Segment; speaker: string } | null {
  const opener = tokens[0];
  if (!opener || !/ing$/.test(opener.l) || tokens[1]?.l !== "that") return null;
  const noted = pastOf(verbLemma(opener.l));
  if (!ATTRIBUTION_VERBS.has(noted)) return null;
  for (let c = 3; c < tokens.length - 2; c++) {
    if (tokens[c].v !== "," || tokens[c].q) continue;
    let v = c + 1;
    while (
      v < tokens.length &&
      v - c <= 4 &&
      (tokens[v].p === "PROPN" || tokens[v].p === "NOUN" || tokens[v].p === "DET")
    )
      v++;
    if (v === c + 1 || !ASKED.has(tokens[v]?.l) || !hasClause(tokens, 2, c)) continue;
    return {
      segment: { from: 0, to: c, cut: [], subject: { from: c + 1, to: v, verb: noted }, bodyFrom: 1 },
      speaker: joinTokens(tokens.slice(c + 1, v)),
    };
  }
  return null;
}

/**
 * What a sentence is about, for an "It" that opens the next one: a short singular noun phrase before
 * its first verb, no pronoun in it ("Pneumonic plague is the most deadly form …"). The caller has
 * ruled out a person.
 */
function thingSubject(tokens: Sentence["tokens"]): string | null {
  const found = subjectOf(tokens, 0, tokens.length);
  if (!found) return null;
  // The verb must be one: the tagger reads some nouns as verbs ("Pneumonic plague is", "invasion of").
  let subject = found;
  const verb = tokens[found.verb];
  const bare = verb.p === "VERB" && verbLemma(verb.l) === verb.l;
  if (bare && tokens[found.verb + 1]?.p === "AUX") subject = { ...found, to: found.verb + 1, verb: found.verb + 1 };
  else if (verb.p === "NOUN" || bare) return null;
  if (subject.to - subject.from > 5) return null;
  const words = tokens.slice(subject.from, subject.to);
  if (
    words.some((t) => t.p === "PRON" || t.q || t.p === "PUNCT" || t.p === "NUM") ||
    isPlural(tokens, subject, subject.verb)
  )
    return null;
  return subject !== found || ["NOUN", "PROPN"].includes(words.at(-1)!.p) ? joinTokens(words) : null;
}

// "It is unclear whether …", "It was believed that …", "It took three days": "it" standing for no thing.
const EXPLETIVE_IT =
  /^It (?:(?:is|was|'s|’s|will be|would be|has been|had been)\s+(?:\w+\s+){0,2}?(?:that|to|whether|if|for|unclear|time|\w+ed|known|thought|said)\b|(?:seems|seemed|appears|appeared|remains|remained|means|meant|takes|took|looks|looked|matters|happened|emerged|turned)\b)/;

// "It was the Chinese that managed …": a cleft sentence, whose "it" stands for no thing either.
const CLEFT = /^It (?:is|was|'s|’s)\b.*\b(?:who|that)\b/;

/**
 * What the "It" that opens this sentence stands for: the thing the sentence before was about, or
 * null when there is none or the "it" stands for no thing. Worked out once per sentence.
 */
function referentOfIt(tokens: Sentence["tokens"], thing: string | null): string | null {
  if (!thing || tokens[0]?.l !== "it") return null;
  const sentence = joinTokens(tokens);
  if (!/^It\b/.test(sentence) || EXPLETIVE_IT.test(sentence) || CLEFT.test(sentence)) return null;
  // "A new vaccine was approved in May. It …": the thing named before is "the new vaccine" now.
  return thing.replace(/^(a|an|the)\s+/i, "the ");
}

/** "It is highly contagious" after a sentence about pneumonic plague: "Pneumonic plague is highly contagious". */
function restateIt(text: string, it: string | null | undefined): string {
  if (!it || !/^It\b/.test(text)) return text;
  return it[0].toUpperCase() + it.slice(1) + text.slice(2);
}

/**
 * "In a letter, CPUC President Marybel Batjer said …", "When Afghan President Ashraf Ghani
 * announced …, he said": the last full name written after a title is a person.
 */
function titledPerson(tokens: Sentence["tokens"]): string | null {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!isTitleWord(tokens[i - 1].l) || tokens[i - 1].q || !/^\p{Lu}/u.test(tokens[i - 1].v)) continue;
    let from = i;
    while (from < tokens.length && isTitleWord(tokens[from].l)) from++;
    let end = from;
    while (end < tokens.length && tokens[end].p === "PROPN" && personWord(tokens[end]) && !tokens[end].q) end++;
    if (end - from < 2 || isPossessive(tokens[end])) continue;
    // Only the one who acts ("NATO Secretary General Jens Stoltenberg said after meeting Secretary
    // Anthony Blinken"): a name in an object's place is not who a later "he" means.
    const person = joinTokens(tokens.slice(from, end));
    if (verbFollows(tokens, end) && looksLikePerson(person)) return person;
  }
  return null;
}

const personWord = (t: Sentence["tokens"][number]) => /^\p{Lu}\p{Ll}/u.test(t.v) || /^\p{Lu}\.$/u.test(t.v);

/**
 * A person named by full name as the sentence's subject ("Ana Ortiz scored …", "Coach Ana Ortiz
 * said …"): two or more capitalised names before the first verb, none of them a possessive; the
 * sentence's start, past a label ("Lakers: …"), or past an opening phrase ("Then, last week, …").
 */
function namedSubject(tokens: Sentence["tokens"], speaker: string | null, ctx: Context): string | null {
  const label = tokens[1]?.v === ":" ? 2 : tokens[2]?.v === ":" ? 3 : 0;
  const opening = tokens.slice(0, 8).findLastIndex((t) => t.v === "," && !t.q);
  return (
    subjectNameAt(tokens, label, speaker, ctx) ??
    (opening > 0 ? subjectNameAt(tokens, opening + 1, speaker, ctx) : null)
  );
}

function subjectNameAt(tokens: Sentence["tokens"], first: number, speaker: string | null, ctx: Context) {
  let i = first;
  while (i < tokens.length && tokens[i].p !== "PROPN" && i < first + 3) i++;
  // "The San Francisco Chronicle says": a name after an article is no person's.
  if (i > 0 && tokens[i - 1].p === "DET") return null;
  const end = nameEnd(tokens, i);
  // "Ian Hamilton, an expert in drug use, told Newsweek": a name set off before its verb, when it is the speaker.
  const setOff = tokens[end]?.v === "," && speaker !== null && joinTokens(tokens.slice(i, end)).endsWith(speaker);
  if (!setOff && (isPossessive(tokens[end]) || !verbFollows(tokens, end))) return null;
  // "Interim BART Police Chief Ed Alvarez": the person is the name after the last title.
  const title = tokens.slice(i, end).findLastIndex((t) => isTitleWord(t.l));
  if (title >= 0 && end - (i + title + 1) >= 2) i += title + 1;
  const words = tokens.slice(i, end);
  if (words.length === 0 || !words.every(personWord)) return null;
  // One word is a person the article has already named in full: "Putin" is "Vladimir Putin".
  const name = words.length >= 2 ? words.map((t) => t.v).join(" ") : fullName(words[0].v, ctx.names);
  return name && looksLikePerson(name) ? name : null;
}

/** Not a place or an organisation by the shape of its name ("North Korea", "Wall Street", "Communist Party"). */
function looksLikePerson(name: string): boolean {
  const words = name.toLowerCase().split(" ");
  return !PLACE_OPENERS.has(words[0]) && !NAME_HEADS_OF_THINGS.has(words.at(-1)!);
}

const PRONOUNS: Record<string, "he" | "she"> = {
  he: "he",
  him: "he",
  his: "he",
  himself: "he",
  "mr.": "he",
  she: "she",
  her: "she",
  hers: "she",
  herself: "she",
  "ms.": "she",
  "mrs.": "she",
};

/** "Swift accused them of trying to stop her …": the first pronoun written for a person after the name, or a "Mr."/"Ms." before it. */
function learnPronoun(pronouns: Context["pronouns"], person: string, tokens: Sentence["tokens"]): void {
  if (pronouns.get(person)) return;
  pronouns.set(person, null);
  const last = person.split(" ").at(-1);
  const at = tokens.findIndex((t) => t.v === last);
  if (at < 0) return;
  const honorific = tokens[at - person.split(" ").length]?.l;
  const cue =
    lookup(PRONOUNS, honorific ?? "") ??
    lookup(PRONOUNS, tokens.slice(at + 1).find((t) => !t.q && lookup(PRONOUNS, t.l) && !t.l.endsWith("."))?.l ?? "");
  if (cue) pronouns.set(person, cue);
}

/**
 * "He" or "she" at a claim's start stands for the last person named, unless the article has shown
 * that person with the other pronoun; resolving it shows which pronoun that person takes.
 */
function personFor(ctx: Context): PersonFor {
  return (pronoun) => {
    const person = ctx.person;
    if (!person) return null;
    const known = ctx.pronouns.get(person);
    if (known && known !== pronoun) return null;
    ctx.pronouns.set(person, pronoun);
    return person;
  };
}

// First words of place names, whose last word alone is no surname ("South Korea", "New Jersey").
const PLACE_OPENERS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "new",
  "san",
  "santa",
  "los",
  "las",
  "saint",
  "st.",
  "fort",
  "port",
  "mount",
  "lake",
  "united",
  "great",
]);

/** A name's verb at `k`, past adverbs and a short time phrase ("Mark Esper on Wednesday accused …"). */
function verbFollows(tokens: Sentence["tokens"], k: number): boolean {
  while (tokens[k]?.p === "ADV") k++;
  if (tokens[k]?.p === "ADP" && extractDates(joinTokens(tokens.slice(k, k + 3))).length > 0) {
    k++;
    while (k < tokens.length && ["PROPN", "NOUN", "NUM", "DET"].includes(tokens[k].p)) k++;
  }
  return !!tokens[k] && ["VERB", "AUX"].includes(tokens[k].p);
}

// Last words of the names of places and organisations.
const NAME_HEADS_OF_THINGS = new Set([
  "street",
  "avenue",
  "road",
  "county",
  "city",
  "state",
  "states",
  "party",
  "university",
  "college",
  "school",
  "department",
  "ministry",
  "office",
  "council",
  "commission",
  "committee",
  "court",
  "house",
  "company",
  "inc.",
  "corp.",
  "group",
  "bank",
  "association",
  "agency",
  "army",
  "police",
  "airlines",
  "airline",
  "times",
  "news",
  "post",
  "journal",
  "center",
  "centre",
  "institute",
  "foundation",
  "republic",
  "kingdom",
  "union",
  "island",
  "islands",
  "valley",
  "river",
  "network",
  "club",
  "league",
]);

function nameEnd(tokens: Sentence["tokens"], i: number): number {
  let end = i;
  while (end < tokens.length && tokens[end].p === "PROPN" && /^\p{Lu}/u.test(tokens[end].v) && !tokens[end].q) end++;
  return end;
}

/** The full name last written with this surname, titles left out ("Gov. Eric Holcomb" → "Eric Holcomb"). */
function fullName(surname: string, names: NameMemory): string | null {
  const words = names.byHead.get(surname.toLowerCase())?.split(" ") ?? [];
  // "envoy to Ukraine Kurt Volker" was written as one run of names: a word the article also uses alone ("Ukraine") is not his.
  while (words.length > 2 && (isTitleWord(words[0].toLowerCase()) || names.counts.has(words[0]))) words.shift();
  while (words.length && isTitleWord(words[0].toLowerCase())) words.shift();
  return words.length >= 2 && words.every((w) => /^\p{Lu}(\p{Ll}|\.$)/u.test(w)) ? words.join(" ") : null;
}

function addClaim(
  ctx: Context,
  sentence: Sentence,
  seg: Segment,
  said: { speaker: string | null; verbless: boolean; it?: string | null },
): void {
  const { tokens } = sentence;
  const facts = seg.writer ? { ...said, speaker: null } : said;
  const from = seg.subject ? seg.from : contentStart(tokens, seg);
  if (from >= seg.to) return;
  // The quote ends on a word, not on the comma or dash that joined it to the next clause.
  let last = seg.to - 1;
  while (last > from && /^[,;:—–-]$/.test(tokens[last].v)) last--;
  const start = tokens[from].s;
  const end = tokens[last].e;
  const text = restateIt(restateDescription(segmentText(tokens, seg, from, personFor(ctx)), ctx.names), said.it);
  const { quantities, dates } = claimFacts(text, ctx.options.referenceDate);
  const reason = rejectReason(tokens, { ...seg, from }, text, { ...facts, dated: dates.length > 0 });
  if (reason) return skip(ctx, start, end, reason);
  const key = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (ctx.seen.has(key)) return skip(ctx, start, end, "duplicate");
  ctx.seen.add(key);

  const quoted = tokens.slice(from, seg.to).filter((t) => t.q).length > (seg.to - from) / 2;
  const names = tokens.slice(from, seg.to).filter((t) => t.p === "PROPN").length;
  const claim: ExtractedClaim = {
    text,
    quote: ctx.input.slice(start, end),
    start,
    end,
    type: classifyClaim(text, { quantities, quoted: quoted || !!facts.speaker }),
    score: scoreClaim(text, { quantities, dates, names, speaker: facts.speaker }),
    speaker: facts.speaker,
    quantities,
    dates,
  };
  ctx.result.claims.push(claim);
}

const FIRST_SECOND_PERSON = new Set(["i", "we", "you", "my", "our", "your", "us", "me"]);
const BE = new Set(["is", "was", "are", "were", "seemed", "seems", "looked", "looks", "remains", "remained"]);

// Adjectives that state a fact about a thing's condition rather than judge it: "the data was
// unavailable", "the drug is legal there", "the seat is vacant".
const STATE_ADJECTIVES = new Set([
  "available",
  "unavailable",
  "legal",
  "illegal",
  "open",
  "closed",
  "vacant",
  "empty",
  "alive",
  "dead",
  "absent",
  "present",
  "eligible",
  "ineligible",
  "missing",
  "unknown",
  "valid",
  "invalid",
  "mandatory",
  "optional",
  "free",
  "pregnant",
  "married",
]);

function evaluates(tokens: Sentence["tokens"], from: number, to: number): boolean {
  const v = tokens.slice(from, to).findIndex((t) => BE.has(t.l));
  if (v < 0) return false;
  const next = tokens[from + v + 1];
  const after = tokens[from + v + 2];
  // A participle ("was quarantined") reports an event, not a judgement.
  return (
    next?.p === "ADJ" &&
    !STATE_ADJECTIVES.has(next.l.toLowerCase()) &&
    !/(ed|en)$/.test(next.l) &&
    !!after &&
    (after.p === "ADP" || after.p === "PUNCT") &&
    from + v + 4 >= to - 2
  );
}

const words = (text: string) => text.split(/\s+/).length;

/** "officials say …", "the ministry said …": the clause reports someone's statement. */
function reports(tokens: Sentence["tokens"], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t, i) => !t.q && i > 0 && ATTRIBUTION_VERBS.has(t.l));
}

/**
 * "Wee of the Times reports.", "A person familiar with the matter told TRD.": who said something,
 * with what they said split off into claims of its own.
 */
function onlyAttribution(tokens: Sentence["tokens"], seg: Segment): boolean {
  if (seg.subject) return false;
  let last = seg.to - 1;
  while (last > seg.from && tokens[last].p === "PUNCT") last--;
  let verb = last;
  while (verb > seg.from && tokens[verb].p === "PROPN" && last - verb < 3) verb--;
  // Who said it is a short phrase of its own: "The keeper retired in 1990, the trust said" says more.
  const who = tokens.slice(seg.from, verb);
  return (
    ATTRIBUTION_VERBS.has(tokens[verb].l) &&
    who.length > 0 &&
    who.length <= 8 &&
    !who.some((t) => t.p === "PUNCT" || t.p === "NUM") &&
    !hasVerb(tokens, seg.from, verb)
  );
}

function rejectReason(
  tokens: Sentence["tokens"],
  seg: Segment,
  text: string,
  facts: { verbless: boolean; dated: boolean },
): SkipReason | null {
  const length = words(text);
  if (length < 3 || onlyAttribution(tokens, seg)) return "too vague";
  if (!facts.verbless && !seg.subject?.verb && !hasVerb(tokens, seg.from, seg.to)) return "too vague";
  // A fact needs no number or name to be checkable ("Most hospitals now treat patients in corridors"):
  // without one it must still be a whole clause of some length; the score ranks it lower.
  const anchored = hasAnchor(tokens, seg.from, seg.to) || facts.dated;
  const clause = seg.subject ? true : hasClause(tokens, seg.from, seg.to);
  // "It was a big day": a bare pronoun for a subject and nothing to anchor it is not checkable;
  // "It is highly contagious, spreading from person to person via …" says more than that.
  const empty = !seg.subject && /^(it|this|that|there) (is|was|were|are)\b/i.test(text) && length <= 7;
  if (!anchored && (length < 5 || !clause || empty)) return "too vague";
  // One judgement word is enough to make an unanchored statement opinion ("The implication was …").
  if (subjectivity(text) >= (anchored ? 2 : 1)) return "opinion";
  // "The editorial was bereft of details": with nothing to anchor it, a copula and an adjective
  // evaluate; unless someone is reported saying so ("officials say the risk is low"), a claim about them.
  if (!anchored && evaluates(tokens, seg.from, seg.to) && !reports(tokens, seg.from, seg.to)) return "opinion";
  // A quotation in the first or second person with nothing to check in its own words ("We get that
  // you're frustrated," Bosma said): the speaker's name in the attribution is no anchor.
  const quoted = tokens.slice(seg.from, seg.to).filter((t) => t.q).length > (seg.to - seg.from) / 2;
  const quoteAnchored = tokens
    .slice(seg.from, seg.to)
    .some((t, i) => t.q && hasAnchor(tokens, seg.from + i, seg.from + i + 1));
  const quoteWords = tokens
    .slice(seg.from, seg.to)
    .filter((t) => t.q && /\p{L}/u.test(t.v))
    .map((t) => t.l);
  // Short first- or second-person remarks are reactions; longer ones often report plans and facts.
  const reaction = quoteWords.some((w) => FIRST_SECOND_PERSON.has(w)) && quoteWords.length <= 12;
  const exclamation = quoteWords[0] === "how" || (quoteWords[0] === "what" && ["a", "an"].includes(quoteWords[1]));
  if (quoted && !quoteAnchored && (reaction || exclamation)) return "opinion";
  return null;
}
