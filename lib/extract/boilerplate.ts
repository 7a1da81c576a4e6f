/** Page furniture that is never a claim: bylines, credits, prompts, footers, slugs. */

const PROMPTS =
  /\b(sign in|sign up|log ?in|subscribe|subscription|create a (?:free )?account|newsletter|cookies?|privacy policy|terms of (?:use|service)|all rights reserved|click here|download (?:our|the) app|view comments|give feedback|share (?:this|on)|follow us|read more|advertisement|listen to (?:this|the) article|skip to (?:main )?content|copyright)\b|©/i;
const LIST_HEADINGS = /^(most popular|most read|related( stories| articles| coverage)?|read more|recommended|trending( now)?|more (?:stories|from|on|news)|you may also like|top stories|latest news|editor'?s picks|popular)\b:?$/i;
const DATE_LINE =
  /^(updated:?\s*|published:?\s*|posted:?\s*)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(,?\s+(at\s+)?\d{1,2}:\d{2}\s*([ap]\.?m\.?)?(\s+[A-Z]{2,4})?)?$/i;
const CREDIT = /\b(via AP|AP Photo|\/AP\b|Getty Images|\/Reuters|REUTERS\/|\/AFP|AFP via|EPA-EFE|Shutterstock|photo(?:graph)? by|image by|courtesy of|Kremlin pool|pool photo|file photo)\b|^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\/[A-Z][\w.-]+/i;
const SLUG = /(^BC-|Ld-Writethru|^\d+ of \d+$|^[_=*\-–—]{3,}$|^(photos?|video|gallery|audio|watch|listen):?$)/i;
const URL = /https?:\/\/\S+|www\.\S+\.\w+/i;

/** Number of words, counting no further than `max` (the rules only ask "at most N?"). */
function wordCount(text: string, max = 60): number {
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
  return wordCount(text) <= 40 && PROMPTS.test(text);
}

/** Why a whole line is page furniture, or null when it may hold claims. */
export function classifyLine(line: string, opts: { isFirstLine: boolean }): "boilerplate" | "credit" | null {
  const t = line.trim();
  const n = wordCount(t);
  // Every rule below is about short lines; a paragraph of running text is never furniture.
  if (n > 40) return null;
  if (SLUG.test(t) || DATE_LINE.test(t) || (n <= 12 && /^(updated|published|posted|last modified|on \d{1,2}\/\d{1,2}\/\d{2,4})\b/i.test(t))) return "boilerplate";
  if (isPrompt(t)) return "boilerplate";
  if (n <= 12 && URL.test(t)) return "boilerplate";
  if (n <= 12 && /^by\s+\p{Lu}/iu.test(t) && !/[.!?]$/.test(t)) return "boilerplate";
  if (!opts.isFirstLine && n <= 8 && isAllCaps(t)) return "boilerplate";
  if (isCredit(t)) return "credit";
  // A short title-case line that is not the headline: an outlet name, section or author line.
  if (!opts.isFirstLine && n <= 5 && !/[.!?:"”]$/.test(t) && t.split(/\s+/).every((x) => /^[\p{Lu}\d&(]|^(of|the|and|for|in|on|at|a)$/u.test(x))) return "boilerplate";
  return null;
}

/** "SAN FRANCISCO (AP) — ": the length of a wire-service dateline at the start of a paragraph. */
export function datelineLength(line: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?\s*(?:\([A-Za-z. ]{1,20}\))?\s*[—–-]{1,2}\s+/.exec(line);
  return m ? m[0].length : 0;
}

/** "(Elias Funez/The Union via AP)": a photo credit trailing a caption. */
export function trailingCreditStart(text: string): number {
  const m = /\s*\(([^()]{3,120})\)\s*$/.exec(text);
  return m && CREDIT.test(m[1]) ? m.index : -1;
}
