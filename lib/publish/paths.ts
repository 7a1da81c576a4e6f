/** Where a verdict page lives: the one place that knows the public address scheme. */
export const verdictPath = (slug: string): string => `/verdicts/${slug}`;
/** The card social networks show when a verdict is shared. */
export const shareImagePath = (slug: string): string => `/verdicts/${slug}/share.png`;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
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
 * commits, on every server (lib/infra/shared-cache.ts). The verdict page and its share image are
 * cached; the index, feed and sitemap render per request.
 */
export function publicPathsFor(slug: string): string[] {
  return [verdictPath(slug), shareImagePath(slug)];
}
