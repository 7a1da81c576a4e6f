import { lookup } from "./lookup";

/**
 * Verb forms for restating a participle as a finite verb ("…, citing violence" → "cited violence";
 * "It is contagious, spreading by droplets" → "It spreads by droplets"). English morphology, with
 * the irregular verbs news writing uses most.
 */

const IRREGULAR_PAST: Record<string, string> = {
  be: "was",
  have: "had",
  do: "did",
  say: "said",
  go: "went",
  make: "made",
  take: "took",
  give: "gave",
  find: "found",
  hold: "held",
  bring: "brought",
  lead: "led",
  keep: "kept",
  meet: "met",
  send: "sent",
  tell: "told",
  win: "won",
  lose: "lost",
  pay: "paid",
  build: "built",
  become: "became",
  begin: "began",
  come: "came",
  get: "got",
  put: "put",
  set: "set",
  cut: "cut",
  hit: "hit",
  run: "ran",
  see: "saw",
  know: "knew",
  think: "thought",
  buy: "bought",
  sell: "sold",
  fall: "fell",
  rise: "rose",
  grow: "grew",
  draw: "drew",
  write: "wrote",
  speak: "spoke",
  stand: "stood",
  feel: "felt",
  seek: "sought",
  fight: "fought",
  teach: "taught",
  catch: "caught",
  break: "broke",
  choose: "chose",
  drive: "drove",
  eat: "ate",
  fly: "flew",
  leave: "left",
  mean: "meant",
  spend: "spent",
  strike: "struck",
  throw: "threw",
  wear: "wore",
  spread: "spread",
  shut: "shut",
  let: "let",
  quit: "quit",
  hurt: "hurt",
  cost: "cost",
  bear: "bore",
  beat: "beat",
  lay: "laid",
  lend: "lent",
  light: "lit",
  ride: "rode",
  shoot: "shot",
  sit: "sat",
  sleep: "slept",
  steal: "stole",
  swear: "swore",
  tear: "tore",
  wake: "woke",
  forecast: "forecast",
  overtake: "overtook",
  undergo: "underwent",
  withdraw: "withdrew",
  oversee: "oversaw",
};

/** Simple past: "cite" → "cited", "spread" → "spread", "try" → "tried", "stop" → "stopped". */
export function pastOf(base: string): string {
  const irregular = lookup(IRREGULAR_PAST, base);
  if (irregular) return irregular;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) || STRESSED_LAST.has(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

// Verbs of two syllables stressed on the last, whose final consonant doubles ("admit" → "admitted"; not "visit").
const STRESSED_LAST = new Set([
  "admit",
  "commit",
  "submit",
  "permit",
  "omit",
  "emit",
  "transmit",
  "acquit",
  "refer",
  "prefer",
  "confer",
  "defer",
  "transfer",
  "occur",
  "incur",
  "recur",
  "deter",
  "regret",
  "control",
  "patrol",
  "compel",
  "propel",
  "expel",
  "repel",
  "equip",
  "abet",
  "allot",
]);

/** Present tense for a third-person subject: "spread" → "spreads" (singular), "spread" (plural). */
export function presentOf(base: string, plural: boolean): string {
  if (plural) return base === "be" ? "are" : base;
  if (base === "be") return "is";
  if (base === "have") return "has";
  if (/(s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}
