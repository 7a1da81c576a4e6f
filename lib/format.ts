const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  return dateFormat.format(new Date(date));
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? word : pluralWord}`;
}
