import type { PublishedVerdict } from "../export/claimreview";
import type { PublicVerdict } from "../db/public-verdicts";
import { isoDay } from "../format";
import { verdictUrl } from "./paths";

/** A verdict page's publication in the shape the ClaimReview writer takes (shared with the export feed). */
export function toPublishedVerdict(
  v: PublicVerdict,
  scale: { best: number; worst: number },
  siteUrl: string,
): PublishedVerdict {
  return {
    url: verdictUrl(siteUrl, v.slug),
    claimText: v.claim.text,
    quote: v.claim.quote,
    speaker: v.claim.speaker,
    articleUrl: v.claim.article.url,
    articleTitle: v.claim.article.title,
    outlet: v.claim.article.outlet,
    articleDate: isoDay(v.claim.article.publishedAt),
    rating: { label: v.verdict.rating.label, ordinal: v.verdict.rating.ordinal, onScale: v.verdict.rating.onScale },
    bestRating: scale.best,
    worstRating: scale.worst,
    summary: v.verdict.summary,
    datePublished: v.firstPublishedAt.toISOString(),
    dateModified: v.updatedAt.toISOString(),
  };
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so text can never close the script element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
