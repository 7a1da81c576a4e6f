import type { NameMemory } from "./descriptions";
import { extractDates } from "./dates";
import { gluedHyphen, isPossessive, isTitleWord } from "./grammar";
import { lookup } from "./lookup";
import type { PersonFor } from "./segment-text";
import { joinTokens, type Token } from "./tokens";

/**
 * Who "he" and "she" stand for: the people an article names, by full name as a sentence's subject
 * or after a title, and the pronoun the article uses for each. Names shaped like places or
 * organisations are no people.
 */
export type PeopleMemory = {
  /** The last person named, for "He joined the club in 2015" in a later sentence. */
  last: string | null;
  /** People named so far, with "he" or "she" once the article has shown which. */
  pronouns: Map<string, "he" | "she" | null>;
};

export const newPeopleMemory = (): PeopleMemory => ({ last: null, pronouns: new Map() });

/** The person a sentence names as its subject (or null), remembered as the last person named. */
export function notePerson(
  memory: PeopleMemory,
  tokens: Token[],
  speaker: string | null,
  names: NameMemory,
): string | null {
  const person = subjectPerson(tokens, names, speaker);
  if (!person) return null;
  memory.last = person;
  learnPronoun(memory.pronouns, person, tokens);
  return person;
}

/** The person this sentence names as its subject, if any, remembering nothing. */
export function subjectPerson(tokens: Token[], names: NameMemory, speaker: string | null = null): string | null {
  const person = namedSubject(tokens, speaker, names) ?? titledPerson(tokens);
  return person && !names.places.has(person) ? person : null;
}

/**
 * "In a letter, CPUC President Marybel Batjer said …", "When Afghan President Ashraf Ghani
 * announced …, he said": a full name written after a title, followed by its verb, is a person.
 */
function titledPerson(tokens: Token[]): string | null {
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

/** A word of a person's name: capitalised ("Ana") or an initial ("W."). */
const isPersonWord = (word: string) => /^\p{Lu}(\p{Ll}|\.$)/u.test(word);
const personWord = (t: Token) => isPersonWord(t.v);

/**
 * A person named by full name as the sentence's subject ("Ana Ortiz scored …", "Coach Ana Ortiz
 * said …"): two or more capitalised names before the first verb, none of them a possessive; the
 * sentence's start, past a label ("Lakers: …"), or past an opening phrase ("Then, last week, …").
 */
function namedSubject(tokens: Token[], speaker: string | null, names: NameMemory): string | null {
  const label = tokens[1]?.v === ":" ? 2 : tokens[2]?.v === ":" ? 3 : 0;
  const opening = tokens.slice(0, 8).findLastIndex((t) => t.v === "," && !t.q);
  return (
    subjectNameAt(tokens, label, speaker, names) ??
    (opening > 0 ? subjectNameAt(tokens, opening + 1, speaker, names) : null)
  );
}

function subjectNameAt(tokens: Token[], first: number, speaker: string | null, names: NameMemory) {
  let i = first;
  while (i < tokens.length && tokens[i].p !== "PROPN" && i < first + 3) i++;
  // "The San Francisco Chronicle says": a name after an article is no person's.
  if (i > 0 && tokens[i - 1].p === "DET") return null;
  let end = nameEnd(tokens, i);
  // "Republican counsel Steve Castor asked …": a description in common words before the full name.
  let j = end;
  while (j < tokens.length && j - end < 3 && ["NOUN", "ADJ"].includes(tokens[j].p) && /^\p{Ll}/u.test(tokens[j].v)) j++;
  // (At the sentence's own start: "While press secretary Ana Ruiz said …, he …" is about someone else.)
  const described = j > end ? nameEnd(tokens, j) : -1;
  if (i === first && described - j >= 2 && verbFollows(tokens, described)) {
    i = j;
    end = described;
  }
  // "Ian Hamilton, an expert in drug use, told Newsweek": a name set off before its verb, when it is the speaker.
  const setOff =
    tokens[end]?.v === "," &&
    ((speaker !== null && joinTokens(tokens.slice(i, end)).endsWith(speaker)) ||
      agedPerson(tokens, end) ||
      appositionThenVerb(tokens, end) ||
      relativeThenVerb(tokens, end));
  if (!setOff && (isPossessive(tokens[end]) || !verbFollows(tokens, end))) return null;
  // "Interim BART Police Chief Ed Alvarez": the person is the name after the last title.
  const title = tokens.slice(i, end).findLastIndex((t) => isTitleWord(t.l));
  if (title >= 0 && end - (i + title + 1) >= 2) i += title + 1;
  const words = tokens.slice(i, end);
  if (words.length === 0 || !words.every((t, k) => personWord(t) || gluedHyphen(words, k))) return null;
  // One word is a person the article has already named in full: "Putin" is "Vladimir Putin".
  const name = words.length >= 2 ? joinTokens(words) : fullName(words[0].v, names);
  return name && looksLikePerson(name) ? name : null;
}

/** "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty": a name and an age set off by commas. */
const agedPerson = (tokens: Token[], end: number) =>
  tokens[end + 1]?.p === "NUM" && /^\d{1,3}$/.test(tokens[end + 1].v) && tokens[end + 2]?.v === ",";

/** "Ambassador Gordon Sondland, the most anticipated witness in the inquiry, is likely …": an apposition, then the verb. */
function appositionThenVerb(tokens: Token[], end: number): boolean {
  const close = tokens.findIndex((t, i) => i > end + 1 && i <= end + 14 && t.v === ",");
  return (
    close > 0 &&
    !tokens.slice(end + 1, close).some((t) => t.q || t.p === "VERB" || t.p === "AUX") &&
    verbFollows(tokens, close + 1)
  );
}

/** "Wild defenseman Ryan Suter, who joked about …, could see …": a relative clause set off, then the verb. */
function relativeThenVerb(tokens: Token[], end: number): boolean {
  if (tokens[end + 1]?.l !== "who") return false;
  const close = tokens.findIndex((t, i) => i > end + 2 && i <= end + 20 && t.v === "," && !t.q);
  return close > 0 && verbFollows(tokens, close + 1);
}

/** Not a place or an organisation by the shape of its name ("North Korea", "Wall Street", "Communist Party"). */
export function looksLikePerson(name: string): boolean {
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
function learnPronoun(pronouns: PeopleMemory["pronouns"], person: string, tokens: Token[]): void {
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
export function personFor(memory: PeopleMemory, names: NameMemory): PersonFor {
  return (pronoun) => {
    const person = memory.last;
    // "Hong Kong is burning. … protests in Hong Kong …": a name written as a place since is no person.
    if (!person || names.places.has(person)) return null;
    const known = memory.pronouns.get(person);
    if (known && known !== pronoun) return null;
    memory.pronouns.set(person, pronoun);
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
function verbFollows(tokens: Token[], k: number): boolean {
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
  "program",
  "programs",
  "programme",
  "programmes",
  "directorate",
  "division",
  "operations",
  "services",
  "systems",
  "affairs",
]);

function nameEnd(tokens: Token[], i: number): number {
  let end = i;
  const namePart = (t: Token | undefined) => !!t && t.p === "PROPN" && /^\p{Lu}/u.test(t.v) && !t.q;
  for (;;) {
    while (namePart(tokens[end])) end++;
    // "Eva-Marie Persson": a hyphen glued to two parts of the name goes on with it.
    if (end > i && gluedHyphen(tokens, end) && namePart(tokens[end + 1])) end++;
    else return end;
  }
}

/** The full name last written with this surname, titles left out ("Gov. Eric Holcomb" → "Eric Holcomb"). */
function fullName(surname: string, names: NameMemory): string | null {
  const words = names.byHead.get(surname.toLowerCase())?.split(" ") ?? [];
  // "envoy to Ukraine Kurt Volker" was written as one run of names: a word the article also uses alone ("Ukraine") is not his.
  while (words.length > 2 && (isTitleWord(words[0].toLowerCase()) || names.counts.has(words[0]))) words.shift();
  while (words.length && isTitleWord(words[0].toLowerCase())) words.shift();
  return words.length >= 2 && words.every(isPersonWord) ? words.join(" ") : null;
}
