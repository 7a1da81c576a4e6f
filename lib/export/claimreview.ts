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
  rating: { label: string; ordinal: number; onScale: boolean };
  worstRating: number;
  bestRating: number;
  summary: string;
  datePublished: string;
  dateModified: string;
};

// Words that name a body rather than a person ("Ministry of Health", "Acme Inc", "the city council").
const ORGANISATION =
  /\b(ministry|department|agency|office|council|committee|commission|government|administration|authority|party|union|association|institute|university|bank|company|corporation|group|organi[sz]ation|foundation|federation|league|police|army|court|parliament|senate|congress|inc|ltd|llc|plc|corp)\b\.?/i;

/** Who made a claim, typed as schema.org wants it: an Organization when the name says so, else a Person. */
export function claimant(name: string): { "@type": "Person" | "Organization"; name: string } {
  return { "@type": ORGANISATION.test(name) ? "Organization" : "Person", name };
}

export function claimReview(v: PublishedVerdict, organisation: { name: string; url: string }) {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: v.url,
    claimReviewed: v.claimText,
    datePublished: v.datePublished,
    dateModified: v.dateModified,
    author: { "@type": "Organization", name: organisation.name, url: organisation.url },
    // A rating off the true–false scale (Unverifiable) is named, never placed on the scale below False.
    reviewRating: v.rating.onScale
      ? {
          "@type": "Rating",
          ratingValue: v.rating.ordinal,
          bestRating: v.bestRating,
          worstRating: v.worstRating,
          alternateName: v.rating.label,
        }
      : { "@type": "Rating", alternateName: v.rating.label },
    reviewBody: v.summary,
    itemReviewed: {
      "@type": "Claim",
      // Who made the claim: its speaker, or the claimant the desk recorded. The outlet only reported
      // it, so it is never named as author; with no claimant the author is left out.
      ...(v.speaker ? { author: claimant(v.speaker) } : {}),
      ...(v.articleDate ? { datePublished: v.articleDate } : {}),
      ...(v.articleUrl ? { appearance: { "@type": "CreativeWork", url: v.articleUrl, headline: v.articleTitle } } : {}),
    },
  };
}

/** Published verdicts as a schema.org DataFeed. */
export function claimReviewFeed(
  verdicts: PublishedVerdict[],
  organisation: { name: string; url: string },
  modified: string,
) {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${organisation.name} fact checks`,
    dateModified: modified,
    dataFeedElement: verdicts.map((v) => ({
      "@type": "DataFeedItem",
      dateCreated: v.datePublished,
      item: claimReview(v, organisation),
    })),
  };
}
