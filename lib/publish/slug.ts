const MAX_WORDS = 10;
const MAX_LENGTH = 72;

/** The first words of a text as a URL- and file-safe stem: lower case, accents dropped, hyphens between words. */
export function slugStem(text: string, maxLength = MAX_LENGTH): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let stem = "";
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word;
    if (next.length > maxLength) break;
    stem = next;
  }
  return stem;
}

/**
 * The stable address of a verdict page: the claim's first words, then a piece of its id so two
 * claims with the same wording never share a page. Made once, at first publication, and kept.
 */
export function verdictSlug(claimText: string, claimId: string): string {
  const stem = slugStem(claimText);
  const suffix = claimId.slice(-8).toLowerCase();
  return stem ? `${stem}-${suffix}` : `claim-${suffix}`;
}

/** "claims-flood-budget-vote-2026-12-01.csv": what the file holds, from the article's or session's name. */
export function exportFileName(subject: string, day: Date, extension: string): string {
  const stem = slugStem(subject, 48) || "export";
  return `claims-${stem}-${day.toISOString().slice(0, 10)}.${extension}`;
}
