/**
 * A second look before a verdict is saved: every cited source supporting a claim rated false (or
 * refuting one rated true) is usually a slip of the stance or the rating. A warning, never a block:
 * sources can support a claim's wording and still show it misleads.
 */
const FALSE_RATINGS = new Set(["false", "mostly-false"]);
const TRUE_RATINGS = new Set(["true", "mostly-true"]);

export function stanceWarning(ratingSlug: string | null | undefined, stances: string[]): string | null {
  if (!ratingSlug || stances.length === 0) return null;
  if (FALSE_RATINGS.has(ratingSlug) && stances.every((s) => s === "SUPPORTS"))
    return "Every source you cite supports the claim, yet the rating says it is false. Check the stances or the rating.";
  if (TRUE_RATINGS.has(ratingSlug) && stances.every((s) => s === "REFUTES"))
    return "Every source you cite contradicts the claim, yet the rating says it is true. Check the stances or the rating.";
  return null;
}
