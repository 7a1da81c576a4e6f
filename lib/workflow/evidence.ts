/** Ratings that assert a claim is flatly right or wrong: they need independent corroboration. */
export const DECISIVE_RATINGS = new Set(["true", "false"]);

export type EvidenceSource = { url: string; publisher: string | null };

function publisherOf(source: EvidenceSource): string {
  if (source.publisher?.trim()) return source.publisher.trim().toLowerCase();
  try {
    return new URL(source.url).hostname.replace(/^www\./, "");
  } catch {
    return source.url;
  }
}

/**
 * The evidence rules, as the sentence to show when they are not met (null when they are):
 * at least one source; a True or False rating rests on two sources from different publishers
 * unless the signing editor records why not.
 */
export function evidenceProblem(input: {
  stage: "request" | "signoff";
  ratingSlug: string;
  sources: EvidenceSource[];
  overrideReason?: string | null;
}): string | null {
  if (input.sources.length === 0) return "Attach at least one source before asking for sign-off.";
  // The second-publisher rule is the signing editor's to enforce or override.
  if (input.stage === "request" || !DECISIVE_RATINGS.has(input.ratingSlug) || input.overrideReason?.trim()) return null;
  const publishers = new Set(input.sources.map(publisherOf));
  if (publishers.size >= 2) return null;
  return "A True or False rating needs at least two sources from different publishers, or an override reason from the editor.";
}
