import { describe, expect, it } from "vitest";
import { claimReviewFeed } from "./claimreview";

const verdict = {
  url: "https://desk.example/verdicts/shells-5m",
  claimText: "North Korea may have shipped up to 5 million shells to Russia.",
  quote: "North Korea may have shipped up to five million shells",
  speaker: "Shin Won-sik",
  articleUrl: "https://news.example/shells",
  articleTitle: "Putin and Kim forged closer ties",
  outlet: "News Example",
  articleDate: "2024-06-18",
  rating: { label: "Mostly true", ordinal: 5 },
  worstRating: 1,
  bestRating: 6,
  summary: "South Korean intelligence estimates support the figure.",
  datePublished: "2024-06-20T10:00:00.000Z",
  dateModified: "2024-06-21T10:00:00.000Z",
};

describe("ClaimReview feed", () => {
  it("has every field schema.org and fact-check aggregators require", () => {
    const feed = claimReviewFeed([verdict], { name: "Desk", url: "https://desk.example" }, "2024-06-22T00:00:00.000Z");
    expect(feed).toMatchObject({ "@context": "https://schema.org", "@type": "DataFeed" });
    const review = feed.dataFeedElement[0].item;
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: verdict.url,
      claimReviewed: verdict.claimText,
      datePublished: verdict.datePublished,
      author: { "@type": "Organization", name: "Desk" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 5, bestRating: 6, worstRating: 1 },
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Shin Won-sik" }, datePublished: "2024-06-18", appearance: { url: "https://news.example/shells" } },
    });
  });
});
