const MAX_WORDS = 10;
const MAX_LENGTH = 72;

/**
 * The stable address of a verdict page: the claim's first words, then a piece of its id so two
 * claims with the same wording never share a page. Made once, at first publication, and kept.
 */
export function verdictSlug(claimText: string, claimId: string): string {
  const words = claimText
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
    if (next.length > MAX_LENGTH) break;
    stem = next;
  }
  const suffix = claimId.slice(-8).toLowerCase();
  return stem ? `${stem}-${suffix}` : `claim-${suffix}`;
}
