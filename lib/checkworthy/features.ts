/**
 * Hashed text features for the check-worthiness model: lower-cased word unigrams and bigrams,
 * character 2–5-grams inside word boundaries, and a few shape features (digits, percentages, money,
 * years, capitalised names, first-person and hedging openers). Pure and deterministic.
 */
export const FEATURE_BITS = 18;
export const DIMS = 1 << FEATURE_BITS;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function extend(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a, 32 bit: a fast, stable hash so training and inference agree on every feature's slot. */
function hash(text: string): number {
  return (extend(FNV_OFFSET, text) >>> 0) & (DIMS - 1);
}

const CHAR_PREFIX = extend(FNV_OFFSET, "c:");
const WORD_PREFIX = extend(FNV_OFFSET, "w:");
const BIGRAM_PREFIX = extend(FNV_OFFSET, "b:");
const SPACE = " ".charCodeAt(0);
const slotOf = (h: number) => (h >>> 0) & (DIMS - 1);

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$€£%]/gu;

function shapeFeatures(text: string): string[] {
  const out: string[] = [];
  if (/\d/.test(text)) out.push("#digit");
  if (/\d\s?(%|percent\b|per cent\b)/i.test(text)) out.push("#percent");
  if (/[$€£]\s?\d|\b\d[\d,.]*\s?(million|billion|trillion|dollars?)\b/i.test(text)) out.push("#money");
  if (/\b(1[89]\d\d|20\d\d)\b/.test(text)) out.push("#year");
  if (/\b(million|billion|trillion|thousand|hundred)s?\b/i.test(text)) out.push("#magnitude");
  const capitalised = text.slice(1).match(/\b[A-Z][a-z]+/g)?.length ?? 0;
  out.push(`#caps${Math.min(capitalised, 4)}`);
  const words = text.split(/\s+/).filter(Boolean).length;
  out.push(`#len${words < 6 ? 0 : words < 12 ? 1 : words < 25 ? 2 : 3}`);
  if (/\?\s*["”’]?\s*$/.test(text)) out.push("#question");
  if (/^\s*["“]?(i|we)\b/i.test(text)) out.push("#first-person");
  if (/\b(i think|i believe|i feel|in my opinion|we need|we must|let me|thank you)\b/i.test(text)) out.push("#opinion");
  return out;
}

export type SparseVector = { index: Int32Array; value: Float32Array };

/** Calls `visit` with the hashed slot of every feature occurrence in the text. */
function eachSlot(text: string, visit: (slot: number) => void): void {
  // Per word: "w:" + word, "b:" + previous + " " + word, and the character 2–5-grams of " word "
  // under "c:", digits folded to "0", all hashed incrementally without building the strings.
  const lower = text.toLowerCase();
  let previous = -1;
  for (const match of lower.matchAll(WORD)) {
    const word = match[0];
    const n = word.length;
    let unigram = WORD_PREFIX;
    let bigram = previous;
    for (let i = 0; i < n; i++) {
      const c = folded(word, i);
      unigram = Math.imul(unigram ^ c, FNV_PRIME);
      if (previous !== -1) bigram = Math.imul(bigram ^ c, FNV_PRIME);
    }
    visit(slotOf(unigram));
    if (previous !== -1) visit(slotOf(bigram));
    for (let j = 0; j + 2 <= n + 2; j++) {
      let h = Math.imul(CHAR_PREFIX ^ padded(word, j), FNV_PRIME);
      for (let len = 2; len <= 5 && j + len <= n + 2; len++) {
        h = Math.imul(h ^ padded(word, j + len - 1), FNV_PRIME);
        visit((h >>> 0) & (DIMS - 1));
      }
    }
    // The next word's bigram starts from "b:" + this word + " ".
    let next = BIGRAM_PREFIX;
    for (let i = 0; i < n; i++) next = Math.imul(next ^ folded(word, i), FNV_PRIME);
    previous = Math.imul(next ^ SPACE, FNV_PRIME);
  }
  for (const f of shapeFeatures(text)) visit(hash(f));
}

const ZERO = "0".charCodeAt(0);
/** The word's character code at `i`, an ASCII digit read as "0". */
function folded(word: string, i: number): number {
  const c = word.charCodeAt(i);
  return c >= ZERO && c <= ZERO + 9 ? ZERO : c;
}
/** The code at `j` of " word ": a space on either side of the folded word. */
const padded = (word: string, j: number) => (j === 0 || j === word.length + 1 ? SPACE : folded(word, j - 1));

/** Raw term counts for a text, by hashed slot. */
export function termCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  eachSlot(text, (slot) => counts.set(slot, (counts.get(slot) ?? 0) + 1));
  return counts;
}

// Counting into one reused array (reset after each text) instead of a Map: vectorising runs once
// per extracted claim, and this is most of its cost.
const scratch = new Uint32Array(DIMS);
let touched = new Int32Array(1024);

/** TF-IDF with sublinear term frequency, L2-normalised: the vector the model scores. */
export function vectorise(text: string, idf: Float32Array): SparseVector {
  let size = 0;
  eachSlot(text, (slot) => {
    if (scratch[slot]++ > 0) return;
    if (size === touched.length) {
      const grown = new Int32Array(size * 2);
      grown.set(touched);
      touched = grown;
    }
    touched[size++] = slot;
  });
  const index = new Int32Array(size);
  const value = new Float32Array(size);
  let norm = 0;
  for (let k = 0; k < size; k++) {
    const slot = touched[k];
    const v = (1 + Math.log(scratch[slot])) * idf[slot];
    scratch[slot] = 0;
    index[k] = slot;
    value[k] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i] *= scale;
  return { index, value };
}
