import { lookup } from "./lookup";

/** Number words, scales and currencies: the vocabulary the quantity parser reads. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  hundredth: 100,
};

export const CURRENCY_SYMBOLS: Record<string, string> = {
  US$: "USD",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
  "₽": "RUB",
  "₹": "INR",
};

export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD",
  dollars: "USD",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  yen: "JPY",
  won: "KRW",
  ruble: "RUB",
  rubles: "RUB",
  roubles: "RUB",
  yuan: "CNY",
  renminbi: "CNY",
  rupee: "INR",
  rupees: "INR",
  francs: "CHF",
};

export const NUMBER_WORD_PATTERN = [...Object.keys(SMALL), ...Object.keys(TENS)]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "five", "twenty-four", "a" (as in "a million"): the value of a spelled-out number, or null. */
export function parseNumberWords(words: string): number | null {
  let total = 0;
  for (const word of words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)) {
    if (word === "a" || word === "an") total += 1;
    else if (lookup(SMALL, word) !== undefined) total += SMALL[word];
    else if (lookup(TENS, word) !== undefined) total += TENS[word];
    else if (word === "and") continue;
    else return null;
  }
  return total;
}

/** "5,000,000", "5.2", "five", "twenty-four" → a number. */
export function parseNumeral(raw: string): number | null {
  const digits = raw.replace(/,/g, "");
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return parseNumberWords(raw);
}
