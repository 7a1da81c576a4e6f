/** Page furniture that is never a claim: bylines, credits, prompts, footers, slugs. */

const PROMPTS =
  /\b(please (?:abide|read|note|enable|disable|log|sign|share|click|keep|refresh)|sign in|create a (?:free )?account|privacy policy|terms of (?:use|service)|all rights reserved|click here|download (?:our|the) app|view comments|give feedback|share (?:this|on)|follow us|read more|listen to (?:this|the) article|skip to (?:main )?content|your e-?mail(?: address)?|comment section|reserves? the right to (?:close|remove|delete|edit))\b|©/i;
// Words that news about the media business uses too ("subscription fees", "the newsletter
// industry"): a prompt only where the line speaks to the reader (or opens with the imperative) or is a few words long.
const READER_PROMPTS = /\b(sign up|log ?in|subscribe|subscription|newsletter|cookies?|advertisement|copyright)\b/i;
const READER_ADDRESS = /\b(you|your|our|us|now|today|free|here)\b|^\W*(sign up|log ?in|subscribe)\b/i;
// A longer line is a prompt only where it speaks to the reader: "now" and "free" are news words too
// ("customers without a subscription could now access music for free").
const READER_SPOKEN_TO = /\b(you|your|our|us)\b|(^\W*|[,:;!]\s+)(sign up|log ?in|subscribe)\b/i;
// A shop's call to action under a product ("Get it on Amazon for $39.99", "Buy one at Walmart"): a
// link to a store, not the article's claim.
const SHOPPING_PROMPT =
  /^\W*(get|buy|grab|snag|order|pre-?order|shop|pick up) (it|one|yours|them|this|these|the deal|now)\b.{0,50}\b(at|on|from)\b/i;
const LIST_HEADINGS =
  /^(most popular|most read|related( stories| articles| coverage| content| links)?|read more|read next|up next|see also|also read|recommended( for you)?|trending( now)?|more (?:stories|from|on|news|in|like this)|more(?: [\w-]+){1,2} (?:stories|news|coverage|articles|headlines)|you may also like|you might also like|top stories|latest( news| stories)?|editor'?s picks|popular|in case you missed it|what to read next)\b.{0,40}$/i;
// A share counter ("This story has been shared 44,976 times") or a video duration ("(3:05)") marks
// a teaser of another story, never a claim of this one.
const TEASER =
  /\bhas been shared [\d,]+ times\b|\(\d{1,2}:\d{2}\)|^(on|at|from|via)\s+[\w-]+\.(com|org|net|co\.uk|news)\b/i;
// A sentence about the page itself ("Here's the latest data", "The following chart shows …").
// Or one that sends the reader elsewhere ("For more information, please visit …").
const PAGE_POINTER =
  /^(here['’]?s|here (is|are)|the following|below|above|see)\b.{0,80}\b(chart|table|graphic|map|data|list|video|photos?|images?|below|timeline)\b|^(for more (information|details)|to learn more)\b.{0,160}\b(visit|see|go to|contact|call)\b/i;
// A time of day at the end of a short dated line: a timestamp, not reporting.
const TIMESTAMP = /\b\d{4},?\s+\d{1,2}:\d{2}\s*([AP]\.?M\.?)?(\s+[A-Z]{2,4})?$/i;
// Short lines that are an instruction to the reader: interface text, not reporting.
const UI_LINE =
  /^(share|comment|view|follow|subscribe|email|e-mail|print|get|read|watch|listen|click|tap|download|join|sign|log|send|save|copy|tweet|see|show|hide|load|more)\b/i;
// A dated line, the time first or last ("4:00 am CST, Wednesday, November 20, 2019").
const DATE_LINE =
  /^(updated:?\s*|published:?\s*|posted:?\s*)?(\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?,?\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(,?\s+(at\s+)?\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?\.?$/i;
const CREDIT =
  /\b(credits?(?=:)|reporting by|editing by|writing by|additional reporting|via AP|AP Photo|\/AP\b|Getty Images|\/Reuters|REUTERS\/|\/AFP|AFP via|EPA-EFE|Shutterstock|photo(?:graph)? by|image by|courtesy of|originally (?:published|appeared) (?:on|in)|Kremlin pool|pool photo|file photo)\b|^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\/[A-Z][\w.-]+/i;
const SLUG = /(^BC-|Ld-Writethru|^\d+ of \d+$|^[_=*\-–—]{3,}$|^(photos?|video|gallery|audio|watch|listen):?$)/i;
const URL = /https?:\/\/\S+|www\.\S+\.\w+/i;

/** Number of words, counting no further than `max` (the rules only ask "at most N?"). */
export function wordCount(text: string, max = 60): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= max; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** A heading that starts a list of links to other stories: the whole block is furniture. */
export function isListHeading(line: string): boolean {
  return LIST_HEADINGS.test(line.trim());
}

export function isCredit(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 14 && CREDIT.test(t) && !/\b(is|are|was|were|has|have|had|said|says)\b/.test(t);
}

/** A sign-in, subscription or cookie prompt inside running text. */
export function isPrompt(text: string): boolean {
  const n = wordCount(text);
  return (
    n <= 40 &&
    (PROMPTS.test(text) ||
      (READER_PROMPTS.test(text) && (n <= 8 || (n <= 12 ? READER_ADDRESS : READER_SPOKEN_TO).test(text))) ||
      (n <= 15 && SHOPPING_PROMPT.test(text)))
  );
}

/** "Best deals of 2019 Best deals of 2019": a link card's title printed twice (text and alt text). */
function repeatsItself(t: string): boolean {
  const half = Math.floor(t.length / 2);
  const a = t.slice(0, half).trim();
  return (
    a.length >= 15 &&
    wordCount(a) <= 30 &&
    (t.slice(half).trim() === a || t.slice(half + 1).trim() === a || t.slice(half - 1).trim() === a)
  );
}

/** Several headlines run together without spaces ("…Gowanus siteStreetEasy hikes…entryA&E…"): a list of links. */
function gluedHeadlines(t: string): boolean {
  // Brand names (SoftBank, InfoNation) join a lower and an upper case letter too, but rarely three
  // times in a dozen words and never in a line that reads as sentences (with full stops).
  const joins = t.match(/\p{Ll}{2}\p{Lu}(?=[\p{Ll}&])/gu)?.length ?? 0;
  return joins >= 3 && joins * 12 >= wordCount(t, 400) && !/[.!?]\s+\p{Lu}/u.test(t) && !/[.!?]["”’)]?$/.test(t);
}

/** "1 Storm hits coast 2 Mayor resigns 3 Bakery wins award": a numbered list of stories on one line. */
function numberedList(t: string): boolean {
  let next = 1;
  // Look-arounds, not a consumed space: "… nets 75 3 14-year-old girl …" holds item 3 right after a figure.
  for (const m of t.matchAll(/(?<=^|\s)(\d{1,2})(?=\s+(?:\p{Lu}|\d))/gu)) if (Number(m[1]) === next) next++;
  return next > 4;
}

/** A sentence that points at the page ("Here's the most recent data", "The following chart …"). */
export function pointsAtPage(text: string): boolean {
  return PAGE_POINTER.test(text.trim());
}

/** Why a whole line is page furniture, or null when it may hold claims. */
const EMBED_SIGNATURE = /^[—–-]\s*([^()]{2,60}?)\s*\(@\w{1,30}\)\s*[\p{L}\d ,.]{0,30}\d{4}$/u;

/** Who wrote the embedded post a signature line closes ("— Rep. Ilhan Omar (@IlhanMN) November 19, 2019"), or null. */
export function embedAuthor(line: string): string | null {
  const t = line.trim();
  return wordCount(t) <= 14 ? (EMBED_SIGNATURE.exec(t)?.[1] ?? null) : null;
}

/** `raw` is the line as written, links included (the masked `line` has them blanked). */
export function classifyLine(
  line: string,
  opts: { isFirstLine: boolean; raw?: string },
): "boilerplate" | "credit" | null {
  const t = line.trim();
  const n = wordCount(t);
  if (TEASER.test(t) || repeatsItself(t) || gluedHeadlines(t) || numberedList(t)) return "boilerplate";
  if (n <= 12 && TIMESTAMP.test(t)) return "boilerplate";
  // Every rule below is about short lines; a paragraph of running text is never furniture.
  if (n > 40) return null;
  if (
    SLUG.test(t) ||
    DATE_LINE.test(t) ||
    (n <= 12 && /^(updated|published|posted|last modified|on \d{1,2}\/\d{1,2}\/\d{2,4})\b/i.test(t))
  )
    return "boilerplate";
  if (isPrompt(t)) return "boilerplate";
  if (n <= 12 && URL.test(opts.raw ?? t)) return "boilerplate";
  // "(Graphic: Global assets in 2019 - here)", "(Video: …)": a labelled pointer in parentheses.
  if (n <= 20 && /^\(\s*\p{Lu}[\p{L} ]{0,20}:\s[^()]*\)\.?$/u.test(t)) return "boilerplate";
  // "— Rep. Ilhan Omar (@IlhanMN) November 19, 2019": the signature under an embedded post.
  if (embedAuthor(t)) return "boilerplate";
  // "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ …": an entry of the page's references.
  if (/^\[\d{1,3}\]\s/.test(t)) return "boilerplate";
  if (n <= 12 && /^by\s+\p{Lu}/iu.test(t) && !/[.!?]$/.test(t)) return "boilerplate";
  if (!opts.isFirstLine && n <= 8 && isAllCaps(t)) return "boilerplate";
  if (isCredit(t)) return "credit";
  if (n <= 8 && UI_LINE.test(t) && !/\d/.test(t) && !/[.!?"”]$/.test(t)) return "boilerplate";
  // A short title-case line that is not the headline: an outlet name, section or author line.
  if (
    !opts.isFirstLine &&
    n <= 5 &&
    !/[.!?:"”]$/.test(t) &&
    t.split(/\s+/).every((x) => /^[\p{Lu}\d&(]|^(of|the|and|for|in|on|at|a)$/u.test(x))
  )
    return "boilerplate";
  return null;
}

/** "SAN FRANCISCO (AP) — ": the length of a wire-service dateline at the start of a paragraph. */
export function datelineLength(line: string): number {
  const m =
    /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?\s*(?:\([A-Za-z. ]{1,20}\))?\s*[—–-]{1,2}\s+/.exec(
      line,
    ) ??
    // "Dekalb, Ill. — …", "Washington, D.C. (AP) — …": a place and a state's abbreviation.
    /^\s*\p{Lu}[\p{L}.'’ -]{2,30},\s*[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?\s*(?:\([A-Za-z. ]{1,20}\))?\s*[—–]\s+/u.exec(line) ??
    // "NEW DELHI: …": a place in capitals and a colon.
    /^\s*[A-Z][A-Z .'’-]{2,30}:\s+(?=\p{Lu})/u.exec(line);
  return m ? m[0].length : 0;
}

/**
 * "(Elias Funez/The Union via AP)": a photo credit ending a caption. What follows it on the same
 * line (the caption printed again, more credits) is furniture too.
 */
export function creditStart(text: string): number {
  for (const m of text.matchAll(/\s*\(([^()]{3,120})\)/g)) if (m.index > 0 && CREDIT.test(m[1])) return m.index;
  return -1;
}
