/**
 * Agreement between two raters on the same items: the share of items they rated the same, and
 * Cohen's kappa, which discounts the agreement expected by chance from each rater's own mix of
 * ratings. Kappa is null when chance agreement is already total (both always gave one rating).
 */
export function agreement(pairs: ReadonlyArray<readonly [string, string]>): {
  items: number;
  percent: number;
  kappa: number | null;
} {
  const n = pairs.length;
  if (n === 0) return { items: 0, percent: 0, kappa: null };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    if (a === b) same++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const observed = same / n;
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  return { items: n, percent: observed * 100, kappa: expected === 1 ? null : (observed - expected) / (1 - expected) };
}
