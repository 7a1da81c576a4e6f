const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  return dateFormat.format(new Date(date));
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? word : pluralWord}`;
}

/** A date as YYYY-MM-DD (UTC), the form date inputs, exports and schema.org take. */
export function isoDay(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Query-string parameters from a record, leaving out empty ones so shared addresses stay short. */
export function searchParamsOf(values: Record<string, string | number | null | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(values).flatMap(([key, value]) =>
      value === undefined || value === null || value === "" ? [] : [[key, String(value)]],
    ),
  );
}
