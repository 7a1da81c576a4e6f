import { findSpeaker, restatedSpeaker, type Speaker } from "./attribution";
import {
  classifyLine,
  datelineLength,
  embedAuthor,
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
import { ATTRIBUTION_VERBS, hasAnchor, hasClause, hasVerb, isPossessive, isVerbish } from "./grammar";
import { maskMarkup } from "./mask";
import { looksLikePerson, newPeopleMemory, notePerson, personFor, subjectPerson, type PeopleMemory } from "./people";
import { contentStart, segmentText, withSubject, type PersonFor } from "./segment-text";
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
  /** The people named so far, for "He joined the club in 2015" in a later sentence. */
  people: PeopleMemory;
  /** Names written so far, for "the ministry" or "the company" in a later claim. */
  names: NameMemory;
  /** The thing the last sentence was about ("Pneumonic plague"), for "It is highly contagious" after it. */
  thing: string | null;
  /**
   * The sentence whose plural subject ("Local councils") a "They …" after it would stand for, read
   * only when a sentence opens with "They".
   */
  group: Sentence["tokens"] | null;
  /** The sentence before this one, for "His first match …" about a person it names. */
  previous: Sentence["tokens"];
  /** Where the last line that may hold claims starts. */
  lineStart: number;
  /** Who the sentence before this one named as its speaker, for a "He said" right after it. */
  lastSaid: string | null;
  /** Every speaker named so far, for the full name of one a later sentence names by surname. */
  speakers: Set<string>;
  /** Who said the last claim-giving sentence of the paragraph before, for a paragraph that is all quotation. */
  lineSpeaker: string | null;
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
  const unterminated = (t: string[], max: number) =>
    t.length === 1 && !TERMINAL.test(t[0]) && wordCount(t[0], max) <= max;
  const teaser = texts.map((t) => unterminated(t, 25));
  // Under a list heading a card may run two headlines and a byline together on one line.
  const card = texts.map((t) => unterminated(t, 45));
  const listed = new Array<boolean>(filled.length).fill(false);
  for (let i = 0; i < filled.length; i++) {
    const open = texts[i].filter((t) => !TERMINAL.test(t)).length;
    if (filled[i].length >= 4 && open / filled[i].length >= 0.7) listed[i] = true;
    let j = i;
    while (j < filled.length && teaser[j]) j++;
    // The article's own headline and dek open the page: a run that starts there is not a list.
    if (j - i >= 3 && filled[i][0].start > 0) for (let k = i; k < j; k++) listed[k] = true;
    if (texts[i].some(isListHeading)) for (let k = i + 1; k < filled.length && card[k]; k++) listed[k] = true;
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
    people: newPeopleMemory(),
    thing: null,
    group: null,
    names: newNameMemory(),
    previous: [],
    lineStart: 0,
    lastSaid: null,
    speakers: new Set(),
    lineSpeaker: null,
  };
  for (const line of readLines(masked)) processLine(ctx, line);
  return ctx.result;
}

/** The input's line from `start`, links included (the masked text has them blanked, so its lines end before them). */
function rawLine(input: string, start: number): string {
  const end = input.indexOf("\n", start);
  return input.slice(start, end < 0 ? input.length : end);
}

function processLine(ctx: Context, line: Line): void {
  const text = ctx.masked.slice(line.start, line.end);
  const carried = ctx.lineSpeaker;
  ctx.lineSpeaker = null;
  const furniture = line.inList
    ? "boilerplate"
    : classifyLine(text, { isFirstLine: line.first, raw: rawLine(ctx.input, line.start) });
  if (furniture) {
    attributeEmbed(ctx, embedAuthor(text));
    ctx.group = null;
    return skip(ctx, line.start, line.end, furniture);
  }
  ctx.lineStart = line.start;
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
  // A paragraph that opens a quotation with no attribution of its own goes on with the speaker of
  // the paragraph before ("Erekat said … ¶ “They wanted us on our knees …”").
  ctx.quoteSpeaker = QUOTE_MARK.test(ctx.masked[start]) ? carried : null;
  const claims = ctx.result.claims;
  let quoted: ExtractedClaim[] = [];
  for (const sentence of readSentences(ctx.masked.slice(start, end), start)) {
    const before = claims.length;
    processSentence(ctx, sentence, headline);
    const added = claims.slice(before);
    quoted = carryQuotation(quoted, sentence.tokens, added);
    // (A sentence skipped as opinion or a question leaves it as it was.)
    if (added.length) ctx.lineSpeaker = added.find((c) => c.speaker)?.speaker ?? null;
    ctx.previous = sentence.tokens;
    // A headline's capitals make names of ordinary words ("Major WeWork Layoffs").
    if (!headline) rememberNames(ctx.names, sentence.tokens);
  }
}

const QUOTE_MARK = /^["“«„]$/;

/**
 * '"Prices rose 4% last year. The rise is the fastest in a decade," said Ana Ruiz': the sentences
 * of a quotation before the one that names its speaker are that speaker's too. Returns the claims
 * of the quotation still open after this sentence, waiting for its attribution.
 */
function carryQuotation(open: ExtractedClaim[], tokens: Sentence["tokens"], added: ExtractedClaim[]): ExtractedClaim[] {
  const goesOn = !!tokens[0]?.q && !QUOTE_MARK.test(tokens[0].v);
  const speaker = goesOn ? added.find((c) => c.speaker)?.speaker : null;
  if (speaker) for (const claim of open) claim.speaker = speaker;
  const quoted = tokens.length > 0 && tokens.every((t) => t.q || t.p === "PUNCT");
  return quoted ? [...(goesOn ? open : []), ...added] : [];
}

/** "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019" closes a post embedded in the paragraph above: its author said it. */
function attributeEmbed(ctx: Context, author: string | null): void {
  if (!author) return;
  for (let i = ctx.result.claims.length - 1; i >= 0; i--) {
    const claim = ctx.result.claims[i];
    if (claim.start < ctx.lineStart) break;
    claim.speaker ??= author;
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
  if (attributionOnly(tokens)) return skip(ctx, start, end, "too vague");
  // (A sentence in parentheses is the writer's aside, not the last speaker's words.)
  const fullyQuoted = tokens[0]?.v !== "(" && tokens.every((t) => t.q || t.p === "PUNCT");
  const said = findSpeaker(tokens, ctx.speaker);
  const found = said ? speakerNamed(ctx, said, tokens) : fullyQuoted ? ctx.quoteSpeaker : null;
  // "the company said": the speaker is the company the article named.
  const named = found && /^[a-z]+$/.test(found) ? resolveDescription(found, ctx.names) : null;
  const speaker = named ? named.replace(/^the /, "") : found;
  if (speaker) {
    ctx.speaker = ctx.quoteSpeaker = speaker;
    ctx.speakers.add(speaker);
  }
  // (A person's name: not "The Daily Herald says", nor "the company said".)
  const opens = speaker ? tokens.findIndex((t) => t.v === speaker.split(" ")[0]) : -1;
  const article = tokens[opens - 1]?.l === "the";
  ctx.lastSaid =
    said && !said.pronoun && speaker && /^\p{Lu}/u.test(speaker) && !article && looksLikePerson(speaker)
      ? speaker
      : null;
  // (A sentence skipped or a heading between them breaks the thread: "They" after it is someone else.)
  const group = ctx.group;
  ctx.group = null;
  const it = referentOfIt(tokens, ctx.thing) ?? referentOfThey(tokens, group);

  const verbless = !hasVerb(tokens, 0, tokens.length);
  if (headline || verbless) {
    // A caption ("President Putin at the airport of Yakutsk, June 18, 2024") states a fact without a verb.
    // ("News industry analyst Ken Doctor" under a pull quote names someone and states nothing.)
    const label = tokens.every((t) => ["NOUN", "PROPN", "ADJ", "PUNCT"].includes(t.p));
    const caption =
      verbless &&
      !label &&
      hasAnchor(tokens, 0, tokens.length) &&
      (extractDates(text).length > 0 || tokens.filter((t) => t.p === "PROPN").length >= 2);
    if (!headline && !caption) return skip(ctx, start, end, "too vague");
    return addClaim(ctx, sentence, { from: 0, to: tokens.length, cut: [] }, { speaker, verbless: true, it });
  }
  // "Steve Castro said he fought the man, who grabbed the keys as he was showing the van": a "he"
  // later in the sentence is the person it is about.
  const person = notePerson(ctx.people, tokens, speaker, ctx.names);
  for (const segment of splitSentence(tokens)) {
    // ("China said it is committed to …, while the city's police deny …": the contrast is the writer's.)
    const contrast = [segment.from - 1, segment.from].find((i) => WRITER_CONTRASTS.has(tokens[i]?.l ?? ""));
    const aside =
      contrast !== undefined && tokens[contrast - 1]?.v === "," && reports(tokens, { from: 0, to: contrast, cut: [] });
    const own = (!said || segment.to > said.from) && !aside;
    const restated = segment.subject ? restatedSpeaker(tokens, segment.subject, segment.bodyFrom) : null;
    // (A predicate whose own verb is one of speech names its own speaker: "… and say they show restraint".)
    const ownVerb = !segment.subject?.verb && restated !== null;
    addClaim(ctx, sentence, segment, {
      speaker: own && !ownVerb ? (speaker ?? restated) : restated,
      verbless: false,
      it,
    });
  }
  ctx.thing = tokens[0]?.l === "it" ? ctx.thing : person ? null : thingSubject(tokens);
  ctx.group = tokens[0]?.l === "they" ? group : tokens;
}

/**
 * "…who are we as a nation?” she wrote in her letter.": the words that name the speaker of a
 * quotation the tagger ended before them, with nothing of their own to check.
 */
function attributionOnly(tokens: Sentence["tokens"]): boolean {
  const first = tokens.findIndex((t) => t.p !== "PUNCT");
  const verb = tokens.findIndex((t) => !t.q && ATTRIBUTION_VERBS.has(t.l));
  if (first < 0 || verb <= first || verb > first + 3 || !/^\p{Ll}/u.test(tokens[first].v)) return false;
  return !tokens.some((t, i) => i > verb && (t.q || t.l === "that" || hasVerb(tokens, i, i + 1)));
}

/**
 * "he said" is the person a "he" in the text stands for (people.ts), else the last speaker unless
 * the article has shown that speaker with the other pronoun ("she said in an email … in which he
 * said"). Resolving it shows which pronoun the speaker takes.
 */
function speakerNamed(ctx: Context, said: Speaker, tokens: Sentence["tokens"]): string | null {
  // "…,” they said": never a single person the article has named (a company or a group may be "they").
  if (said.pronoun === "they" && ctx.people.pronouns.has(said.name)) return null;
  // ("…,” it added": a company or an agency, never a person.)
  if (said.pronoun === "it" && ctx.people.pronouns.has(said.name)) return null;
  if (said.pronoun !== "he" && said.pronoun !== "she") return said.name || null;
  const { pronouns } = ctx.people;
  // "Sondland has amended his testimony — “I now do recall,” he said": the sentence's own subject first.
  const here = subjectPerson(tokens, ctx.names);
  // (Only someone the article has already named as a person: "The northern Sierra Nevada has seen …, he said".)
  if (here && pronouns.has(here) && (pronouns.get(here) ?? said.pronoun) === said.pronoun) return here;
  // "…, Claure said in the email. He said WeWork needs …": the speaker just named, unless the article
  // has shown them with the other pronoun.
  // (Not when this sentence names someone else before the pronoun: "Police arrested Tom Kerr, and he
  // said …". By the full name the article gave: "Ben Sasse" for "Sasse".)
  const last = ctx.lastSaid;
  const at = tokens.findIndex((t) => !t.q && t.l === said.pronoun);
  const otherNamed = tokens.slice(0, Math.max(at, 0)).some((t) => !t.q && t.p === "PROPN");
  if (last && at >= 0 && !otherNamed && (pronouns.get(last) ?? said.pronoun) === said.pronoun) {
    const person = [...pronouns.keys(), ...ctx.speakers].findLast((name) => name.endsWith(` ${last}`)) ?? last;
    // (The pronoun shows which one the person takes, for a later "he" that must not be them.)
    if (pronouns.has(person)) pronouns.set(person, said.pronoun);
    return person;
  }
  const resolved = personFor(ctx.people, ctx.names)(said.pronoun);
  if (resolved) return resolved;
  if (!said.name) return null;
  const known = pronouns.get(said.name);
  if (known && known !== said.pronoun) return null;
  if (pronouns.has(said.name)) pronouns.set(said.name, said.pronoun);
  return said.name;
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

const WRITER_CONTRASTS = new Set(["while", "whereas"]);

/**
 * What a sentence is about, for an "It" that opens the next one: a short singular noun phrase before
 * its first verb, no pronoun in it ("Pneumonic plague is the most deadly form …"). The caller has
 * ruled out a person.
 */
function thingSubject(tokens: Sentence["tokens"]): string | null {
  const phrase = subjectPhrase(tokens);
  return phrase && !phrase.plural ? phrase.text : null;
}

// Quantifiers too vague to stand for "they": "Some analysts …. They say …" could be anyone.
const VAGUE_QUANTIFIERS = new Set(["some", "many", "most", "several", "few", "other", "others", "all"]);

/**
 * Who or what a sentence is about, for a "They" that opens the next one: a short plural noun phrase
 * before its first verb ("Local councils cut 40 jobs." → "Local councils also closed …"); a
 * counted one becomes definite ("Two hostages were freed." → "The two hostages had been held …").
 */
function groupSubject(tokens: Sentence["tokens"]): string | null {
  const phrase = subjectPhrase(tokens);
  if (!phrase?.plural || VAGUE_QUANTIFIERS.has(phrase.words[0].l)) return null;
  if (phrase.words[0].p !== "NUM") return phrase.text;
  return `the ${/^\d/.test(phrase.text) ? phrase.text : phrase.text[0].toLowerCase() + phrase.text.slice(1)}`;
}

/** The subject before the sentence's first verb, short and plain enough to stand for a later pronoun. */
function subjectPhrase(
  tokens: Sentence["tokens"],
): { text: string; words: Sentence["tokens"]; plural: boolean } | null {
  const found = subjectOf(tokens, 0, tokens.length);
  if (!found) return null;
  // The verb must be one: the tagger reads some nouns as verbs ("Pneumonic plague is", "invasion of").
  let subject = found;
  const verb = tokens[found.verb];
  const bare = verb.p === "VERB" && verbLemma(verb.l) === verb.l;
  const plural = isPlural(tokens, found, found.verb);
  if (bare && tokens[found.verb + 1]?.p === "AUX") subject = { ...found, to: found.verb + 1, verb: found.verb + 1 };
  // (A plural subject takes the bare verb: "Local councils cut 40 jobs".)
  else if (verb.p === "NOUN" || (bare && !plural)) return null;
  if (subject.to - subject.from > 6) return null;
  const words = tokens.slice(subject.from, subject.to);
  // "The US government on Monday did extend …": a subject run into a time phrase is not a thing's name.
  // (A year or a number inside a product's name is no date: "The 2021 RAV4 Prime", "Ford’s Mustang Mach E";
  // nor is a count that opens the phrase: "Two hostages".)
  const named = (i: number) => /^(1[89]|20)\d\d$/.test(words[i].v) || words[i + 1]?.p === "PROPN";
  const counted = (i: number) => i === 0 && plural;
  const dated =
    extractDates(joinTokens(words.filter((t, i) => !(t.p === "NUM" && (named(i) || counted(i)))))).length > 0;
  if (dated) return null;
  if (
    words.some(
      (t, i) =>
        t.p === "PRON" || t.q || (t.p === "PUNCT" && !isPossessive(t)) || (t.p === "NUM" && !named(i) && !counted(i)),
    )
  )
    return null;
  if (subject === found && !["NOUN", "PROPN"].includes(words.at(-1)!.p)) return null;
  return { text: joinTokens(words), words, plural: isPlural(tokens, subject, subject.verb) };
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
function referentOfIt(tokens: Sentence["tokens"], thing: string | null): Referent | null {
  if (!thing || tokens[0]?.l !== "it") return null;
  const sentence = joinTokens(tokens);
  if (!/^It\b/.test(sentence) || EXPLETIVE_IT.test(sentence) || CLEFT.test(sentence)) return null;
  // "A new vaccine was approved in May. It …": the thing named before is "the new vaccine" now.
  return { pronoun: "It", phrase: thing.replace(/^(a|an|the)\s+/i, "the ") };
}

/** The phrase an opening "It" or "They" stands for. */
type Referent = { pronoun: "It" | "They"; phrase: string };

/**
 * What the "They" that opens this sentence stands for: the plural subject of the sentence before,
 * when "They" is this sentence's subject (a verb follows it) and not a quotation's.
 */
function referentOfThey(tokens: Sentence["tokens"], group: Sentence["tokens"] | null): Referent | null {
  const [first, next] = tokens;
  if (!group || first?.l !== "they" || first.q || !next || !(isVerbish(tokens, 1) || next.p === "ADV")) return null;
  const phrase = groupSubject(group);
  return phrase ? { pronoun: "They", phrase } : null;
}

/**
 * "It is highly contagious" after a sentence about pneumonic plague: "Pneumonic plague is highly
 * contagious"; "They also closed 3 libraries" after "Local councils cut 40 jobs": "Local councils also …".
 */
function restateReferent(text: string, it: Referent | null | undefined): string {
  const opener = it ? new RegExp(`^${it.pronoun}\\b`).exec(text) : null;
  if (!it || !opener) return text;
  return withSubject(it.phrase[0].toUpperCase() + it.phrase.slice(1), text.slice(opener[0].length));
}

function addClaim(
  ctx: Context,
  sentence: Sentence,
  seg: Segment,
  said: { speaker: string | null; verbless: boolean; it?: Referent | null },
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
  const text = restateReferent(
    restateDescription(segmentText(tokens, seg, from, personForClaim(ctx, tokens, from, facts.speaker)), ctx.names),
    said.it,
  );
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

/**
 * Who "he" or "she" at the claim's start stands for; not the speaker named after it ("he is now fully
 * recovered, Dempsey said": a writer who meant Dempsey would have written "he said").
 */
function personForClaim(ctx: Context, tokens: Sentence["tokens"], from: number, speaker: string | null): PersonFor {
  const resolve = personFor(ctx.people, ctx.names);
  // "He said Thomas is a father of three": the "he" who says it is the speaker found for the sentence.
  // (A name: "she said" after "the mayor" keeps its pronoun.)
  const saying =
    !!speaker &&
    /^\p{Lu}/u.test(speaker) &&
    ATTRIBUTION_VERBS.has(tokens[from + 1]?.l ?? "") &&
    /^(he|she)$/.test(tokens[from].l);
  return (pronoun, possessive) => {
    const person = resolve(pronoun);
    // (The full name the article gave, when the speaker is its surname: "Kevin Mayer", not "Mayer".)
    if (saying && !possessive) return person?.endsWith(` ${speaker}`) ? person : speaker;
    if (!person) return null;
    const surname = speaker?.split(" ").at(-1);
    const namedAfter = !!surname && tokens.some((t, i) => i > from && t.v === surname);
    if (namedAfter && person.split(" ").at(-1) === surname) return null;
    return !possessive || namedJustBefore(person, [...ctx.previous, ...tokens.slice(0, from)]) ? person : null;
  };
}

/**
 * "His suicide prompted …" after "Epstein's sudden death triggered …": a "his" or "her" is the
 * person's only when the sentence before (or this one, before the claim) names them, and no other
 * name's possessive comes after.
 */
function namedJustBefore(person: string, before: Sentence["tokens"]): boolean {
  const surname = person.split(" ").at(-1);
  const at = before.findLastIndex((t) => t.v === surname);
  return at >= 0 && !before.some((t, i) => i > at && t.p === "PROPN" && t.v !== surname && isPossessive(before[i + 1]));
}

const FIRST_SECOND_PERSON = new Set(["i", "we", "you", "my", "our", "your", "us", "me"]);
// "think", "believe" and "feel" are left out: they often carry a reported fact ("we think the water is
// 10 km deep"); "would like to" is a polite "want to".
const FEELING_VERBS = new Set([
  "trust",
  "distrust",
  "love",
  "hate",
  "like",
  "dislike",
  "respect",
  "value",
  "appreciate",
  "care",
  "worry",
]);
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
function reports(tokens: Sentence["tokens"], seg: Segment): boolean {
  // (A restated subject's predicate may open with the verb: "… and said he was innocent".)
  const first = seg.subject ? 0 : 1;
  return tokens.slice(seg.from, seg.to).some((t, i) => !t.q && i >= first && ATTRIBUTION_VERBS.has(t.l));
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
  // "The newly selected five are:": a line that introduces a list states nothing itself.
  const colon = tokens.length - 1;
  if (
    tokens[colon]?.v === ":" &&
    seg.to >= colon &&
    /^(is|are|was|were|include|includes|included)$/.test(tokens[colon - 1]?.l ?? "")
  )
    return "too vague";
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
  if (!anchored && evaluates(tokens, seg.from, seg.to) && !reports(tokens, seg)) return "opinion";
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
  // Short first- or second-person remarks are reactions; longer ones often report plans and facts, and
  // so does a short one that says what the speaker's side will do ("We are going to eliminate …").
  const inQuote = tokens.slice(seg.from, seg.to).filter((t) => t.q);
  const plans = inQuote.some((t, i) => {
    const [next, after] = [inQuote[i + 1], inQuote[i + 2]];
    const modal = ["will", "’ll", "'ll"].includes(t.l) && t.p === "AUX" && next?.p === "VERB" && next.l !== "be";
    const intent =
      ["going", "plan", "plans", "intend", "intends"].includes(t.l) && next?.l === "to" && after?.p === "VERB";
    return modal || intent;
  });
  const reaction = quoteWords.some((w) => FIRST_SECOND_PERSON.has(w)) && quoteWords.length <= 12 && !plans;
  const exclamation = quoteWords[0] === "how" || (quoteWords[0] === "what" && ["a", "an"].includes(quoteWords[1]));
  // A quotation whose main verb is a feeling or attitude ("They don't trust us to decide …", "We love
  // this town and …") says how the speaker's side feels, however long it runs.
  const verbs = tokens.slice(seg.from, seg.to).filter((t) => t.q && (t.p === "VERB" || t.p === "AUX"));
  const head = verbs[0]?.l === "do" ? verbs[1] : verbs[0];
  const attitude =
    head !== undefined && FEELING_VERBS.has(head.l) && quoteWords.some((w) => FIRST_SECOND_PERSON.has(w));
  // ("warned that the government “will not sit on our hands”": a partial quotation the writer
  // reports with "that" is a statement about what was said.)
  const reported = tokens
    .slice(seg.from, seg.to)
    .some((t, i) => !t.q && ATTRIBUTION_VERBS.has(t.l) && tokens[seg.from + i + 1]?.l === "that");
  if (quoted && !quoteAnchored && !reported && (reaction || exclamation || attitude)) return "opinion";
  return null;
}
