/** Where a verdict page lives: the one place that knows the public address scheme. */
export const verdictPath = (slug: string): string => `/verdicts/${slug}`;
export const verdictUrl = (siteUrl: string, slug: string): string => `${siteUrl}${verdictPath(slug)}`;

/** What each publication event is called on the verdict page and in the feed. */
export const PUBLICATION_EVENT_LABEL = {
  PUBLISHED: "Published",
  CORRECTION: "Correction",
  UPDATE: "Update",
  UNPUBLISHED: "Withdrawn",
  REPUBLISHED: "Published again",
} as const;

/**
 * The cached public pages a change to one publication makes stale; revalidated right after it
 * commits. Only verdict pages are cached: the index, feed, sitemap and share image render per request.
 */
export function publicPathsFor(slug: string): string[] {
  return [verdictPath(slug)];
}
