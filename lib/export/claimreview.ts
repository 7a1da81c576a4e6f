/** A published verdict as schema.org ClaimReview, the format fact-check aggregators read. */
export type PublishedVerdict = {
  url: string;
  claimText: string;
  quote: string;
  speaker: string | null;
  articleUrl: string | null;
  articleTitle: string;
  outlet: string | null;
  articleDate: string | null;
  rating: { label: string; ordinal: number };
  worstRating: number;
  bestRating: number;
  summary: string;
  datePublished: string;
  dateModified: string;
};

export function claimReview(v: PublishedVerdict, organisation: { name: string; url: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: v.url,
    claimReviewed: v.claimText,
    datePublished: v.datePublished,
    dateModified: v.dateModified,
    author: { "@type": "Organization", name: organisation.name, url: organisation.url },
    reviewRating: { "@type": "Rating", ratingValue: v.rating.ordinal, bestRating: v.bestRating, worstRating: v.worstRating, alternateName: v.rating.label },
    reviewBody: v.summary,
    itemReviewed: {
      "@type": "Claim",
      ...(v.speaker ? { author: { "@type": "Person", name: v.speaker } } : v.outlet ? { author: { "@type": "Organization", name: v.outlet } } : {}),
      ...(v.articleDate ? { datePublished: v.articleDate } : {}),
      ...(v.articleUrl ? { appearance: { "@type": "CreativeWork", url: v.articleUrl, headline: v.articleTitle } } : {}),
    },
  };
}

/** Published verdicts as a schema.org DataFeed. */
export function claimReviewFeed(verdicts: PublishedVerdict[], organisation: { name: string; url: string }, modified: string) {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${organisation.name} fact checks`,
    dateModified: modified,
    dataFeedElement: verdicts.map((v) => ({ "@type": "DataFeedItem", dateCreated: v.datePublished, item: claimReview(v, organisation) })),
  };
}
