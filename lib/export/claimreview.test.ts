import { describe, expect, it } from "vitest";
import { claimant, claimReviewFeed } from "./claimreview";
import { PUBLISHED_VERDICT } from "../../test/fixtures/published-verdict";

const verdict = PUBLISHED_VERDICT;

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
      reviewRating: { "@type": "Rating", alternateName: "Mostly true", ratingValue: 5, bestRating: 6, worstRating: 2 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Shin Won-sik" },
        datePublished: "2024-06-18",
        appearance: { url: "https://news.example/shells" },
      },
    });
  });

  it("types a claimant as an organisation when the name says so, else as a person", () => {
    expect(claimant("Ministry of Health")).toEqual({ "@type": "Organization", name: "Ministry of Health" });
    expect(claimant("Acme Inc.")).toEqual({ "@type": "Organization", name: "Acme Inc." });
    expect(claimant("the city council")["@type"]).toBe("Organization");
    expect(claimant("Shin Won-sik")).toEqual({ "@type": "Person", name: "Shin Won-sik" });
    expect(claimant("Cory Booker")["@type"]).toBe("Person");
  });
});
