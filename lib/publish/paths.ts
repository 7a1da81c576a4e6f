/**
 * The cached public pages a change to one publication makes stale; revalidated right after it
 * commits. Only verdict pages are cached: the index, feed, sitemap and share image render per request.
 */
export function publicPathsFor(slug: string): string[] {
  return [`/verdicts/${slug}`];
}
