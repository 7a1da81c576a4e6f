import { isCalendarWord } from "./dates";
import { lookup } from "./lookup";
import { gluedHyphen, TITLE_ABBREVIATIONS, TITLE_HEADS } from "./grammar";
import { joinTokens, type Token } from "./tokens";

/**
 * Names seen so far in an article, for definite descriptions in later claims: "the ministry" after
 * "the Health Ministry", "the company" in a story about WeWork.
 */
export type NameMemory = {
  /** A multi-word name by its last word: "ministry" → "Health Ministry". */
  byHead: Map<string, string>;
  /** One-word names and how often they were written. */
  counts: Map<string, number>;
  /** Last words of multi-word names ("Claure" of "Marcelo Claure"): people's surnames, not companies. */
  surnames: Set<string>;
  /** People by the title written before their name: "governor" → {"Holcomb", "Bevin"}. */
  titled: Map<string, Set<string>>;
  /** When each name was last written (the count of names written until then), full name or surname alone. */
  lastSeen: Map<string, number>;
  /** Names written after "in" ("protests in Hong Kong"): places, whatever their shape. */
  places: Set<string>;
  names: number;
};

export const newNameMemory = (): NameMemory => ({
  byHead: new Map(),
  counts: new Map(),
  surnames: new Set(),
  titled: new Map(),
  lastSeen: new Map(),
  places: new Set(),
  names: 0,
});

// A later "the …" uses the spelled-out noun for an abbreviated title.
const titleNoun = (word: string) => lookup(TITLE_ABBREVIATIONS, word.toLowerCase()) ?? word.toLowerCase();
const isTitleHead = (word: string) => TITLE_HEADS.has(word.toLowerCase());

/** The title a name's words (or the word before them) open with: "Gov. Eric Holcomb" → "governor". */
function titleOf(words: string[], before: Token | undefined): { title: string; rest: string[] } | null {
  // The last title among the words, never the last word itself ("Kentucky GOP Gov. Matt Bevin").
  const at = words.findLastIndex((w, i) => isTitleHead(w) && i < words.length - 1);
  if (at >= 0) return { title: titleNoun(words[at]), rest: words.slice(at + 1) };
  return before && isTitleHead(before.v) ? { title: titleNoun(before.v), rest: words } : null;
}

const isName = (t: Token | undefined) => !!t && t.p === "PROPN" && /^\p{Lu}/u.test(t.v) && !t.q;

/** Records the names written in a sentence's tokens. */
export function rememberNames(memory: NameMemory, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i]) || isName(tokens[i - 1]) || (gluedHyphen(tokens, i - 1) && isName(tokens[i - 2]))) continue;
    let j = i;
    // ("Eva-Marie Persson": a hyphen glued to two parts is inside the name.)
    while (isName(tokens[j + 1]) || (gluedHyphen(tokens, j + 1) && isName(tokens[j + 2])))
      j += isName(tokens[j + 1]) ? 1 : 2;
    const words = joinTokens(tokens.slice(i, j + 1)).split(" ");
    memory.lastSeen.set(words.at(-1)!, ++memory.names);
    if (tokens[i - 1]?.l === "in" && tokens[j + 1]?.p !== "PART") memory.places.add(words.join(" "));
    const titled = titleOf(words, tokens[i - 1]);
    if (titled && titled.rest.length >= 2) {
      const people = memory.titled.get(titled.title) ?? new Set<string>();
      memory.titled.set(titled.title, people.add(titled.rest.at(-1)!));
    }
    if (words.length === 1) memory.counts.set(words[0], (memory.counts.get(words[0]) ?? 0) + 1);
    else {
      const head = words.at(-1)!;
      memory.byHead.set(head.toLowerCase(), words.join(" "));
      memory.surnames.add(head);
    }
    i = j;
  }
}

const COMMON_NAME_HEADS = new Set(["news", "times", "post", "journal", "mail", "star", "sun", "record"]);

// Descriptions that stand for the business a story is about.
const BUSINESS = new Set(["company", "firm"]);

/** The name a "the <noun>" stands for, if the article named one: else null (the description stays). */
export function resolveDescription(noun: string, memory: NameMemory): string | null {
  // "the news industry" is no "New York Daily News": lower case, these heads of outlets' names are common nouns.
  if (COMMON_NAME_HEADS.has(noun)) return null;
  const head = memory.byHead.get(noun);
  if (head) return `the ${head}`;
  // "the governor": of the people written with that title, the one named most recently.
  const people = [...(memory.titled.get(noun) ?? [])];
  if (people.length)
    return people.reduce((a, b) => ((memory.lastSeen.get(b) ?? 0) > (memory.lastSeen.get(a) ?? 0) ? b : a));
  if (!BUSINESS.has(noun)) return null;
  let best: [string, number] | null = null;
  for (const [name, n] of memory.counts) {
    if (n < 2 || memory.surnames.has(name) || /[.\d]/.test(name) || isCalendarWord(name)) continue;
    if (!best || n > best[1]) best = [name, n];
  }
  return best ? best[0] : null;
}

/** "The ministry said …" → "The Health Ministry said …"; the claim's first words only, where its subject is. */
export function restateDescription(text: string, memory: NameMemory): string {
  // "The company that runs the awards, Dick Clark Productions, …": a description its own words
  // identify is no earlier name.
  const m = /^The ([a-z]+)\b(?!,? (?:that|which|who)\b)/.exec(text);
  if (!m) return text;
  const name = resolveDescription(m[1], memory);
  if (!name) return text;
  return name[0].toUpperCase() + name.slice(1) + text.slice(m[0].length);
}
