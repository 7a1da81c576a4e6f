import { findSpeaker } from "./attribution";
import { classifyLine, datelineLength, isCredit, isListHeading, isPrompt, trailingCreditStart } from "./boilerplate";
import { classifyClaim, scoreClaim, subjectivity } from "./classify";
import { splitSentence, type Segment } from "./clauses";
import { extractDates } from "./dates";
import { hasAnchor, hasVerb } from "./grammar";
import { maskMarkup } from "./mask";
import { extractQuantities } from "./quantities";
import { contentStart, segmentText } from "./segment-text";
import { readSentences, type Sentence } from "./tokens";
import type { ExtractedClaim, ExtractOptions, ExtractResult, SkipReason } from "./types";

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
};

const TERMINAL = /[.!?"”'’)]$/;

/**
 * Lines with their offsets. A blank line ends a block; a block that starts with a list heading
 * ("Most Popular"), or whose lines mostly lack a closing full stop, is a list of links.
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
  const lines: Line[] = [];
  for (const block of blocks) {
    const texts = block.map((l) => masked.slice(l.start, l.end));
    const open = texts.filter((t) => !TERMINAL.test(t)).length;
    const list = block.length >= 4 && open / block.length >= 0.7;
    let inList = list;
    block.forEach((l, i) => {
      if (isListHeading(texts[i])) inList = true;
      lines.push({ ...l, first: lines.length === 0, inList, top: lines.length < 3 });
    });
  }
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
  const ctx: Context = { input, masked, options, result: { claims: [], skipped: [] }, seen: new Set(), speaker: null, quoteSpeaker: null };
  for (const line of readLines(masked)) processLine(ctx, line);
  return ctx.result;
}

function processLine(ctx: Context, line: Line): void {
  const text = ctx.masked.slice(line.start, line.end);
  const furniture = line.inList ? "boilerplate" : classifyLine(text, { isFirstLine: line.first });
  if (furniture) return skip(ctx, line.start, line.end, furniture);
  let start = line.start + datelineLength(text);
  let end = line.end;
  const credit = trailingCreditStart(ctx.masked.slice(start, end));
  if (credit >= 0) {
    skip(ctx, start + credit, end, "credit");
    end = start + credit;
  }
  while (start < end && /\s/.test(ctx.masked[start])) start++;
  if (start >= end) return;
  const headline = isHeadline(ctx, line);
  ctx.quoteSpeaker = null;
  for (const sentence of readSentences(ctx.masked.slice(start, end), start)) processSentence(ctx, sentence, headline);
}

function processSentence(ctx: Context, sentence: Sentence, headline: boolean): void {
  const { tokens, start, end } = sentence;
  const text = ctx.masked.slice(start, end);
  if (isCredit(text)) return skip(ctx, start, end, "credit");
  if (/\?["”’)]*$/.test(text.trim())) return skip(ctx, start, end, "question");
  if (isPrompt(text)) return skip(ctx, start, end, "boilerplate");
  const fullyQuoted = tokens.every((t) => t.q || t.p === "PUNCT");
  const speaker = findSpeaker(tokens, ctx.speaker) ?? (fullyQuoted ? ctx.quoteSpeaker : null);
  if (speaker) ctx.speaker = ctx.quoteSpeaker = speaker;

  const verbless = !hasVerb(tokens, 0, tokens.length);
  if (headline || verbless) {
    // A caption ("President Putin at the airport of Yakutsk, June 18, 2024") states a fact without a verb.
    const caption = verbless && hasAnchor(tokens, 0, tokens.length) && (extractDates(text).length > 0 || tokens.filter((t) => t.p === "PROPN").length >= 2);
    if (!headline && !caption) return skip(ctx, start, end, "too vague");
    return addClaim(ctx, sentence, { from: 0, to: tokens.length, cut: [] }, { speaker, verbless: true });
  }
  for (const segment of splitSentence(tokens)) addClaim(ctx, sentence, segment, { speaker, verbless: false });
}

function addClaim(ctx: Context, sentence: Sentence, seg: Segment, facts: { speaker: string | null; verbless: boolean }): void {
  const { tokens } = sentence;
  const from = seg.subject ? seg.from : contentStart(tokens, seg);
  if (from >= seg.to) return;
  const start = tokens[from].s;
  const end = tokens[seg.to - 1].e;
  const text = segmentText(tokens, seg, from);
  const dates = extractDates(text, ctx.options.referenceDate);
  const reason = rejectReason(tokens, { ...seg, from }, text, { ...facts, dated: dates.length > 0 });
  if (reason) return skip(ctx, start, end, reason);
  const key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (ctx.seen.has(key)) return skip(ctx, start, end, "duplicate");
  ctx.seen.add(key);

  const quantities = extractQuantities(text);
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

function rejectReason(tokens: Sentence["tokens"], seg: Segment, text: string, facts: { verbless: boolean; dated: boolean }): SkipReason | null {
  if (text.split(/\s+/).length < 3) return "too vague";
  if (!facts.verbless && !hasVerb(tokens, seg.from, seg.to)) return "too vague";
  if (!hasAnchor(tokens, seg.from, seg.to) && !facts.dated) return "too vague";
  if (subjectivity(text) >= 2) return "opinion";
  return null;
}
