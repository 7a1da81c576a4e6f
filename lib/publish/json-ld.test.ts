import { describe, expect, it } from "vitest";
import { missingRecommended, schemaOrgProblems } from "../../test/schemaorg";
import { claimReview } from "../export/claimreview";
import { jsonLdScript } from "./json-ld";
import { PUBLISHED_VERDICT } from "../../test/fixtures/published-verdict";

const verdict = PUBLISHED_VERDICT;
const desk = { name: "Desk", url: "https://desk.example" };

describe("ClaimReview JSON-LD against schema.org's definitions", () => {
  it("has every required and recommended field, each defined for its type and of an allowed value type", () => {
    expect(schemaOrgProblems(claimReview(verdict, desk))).toEqual([]);
    expect(missingRecommended(claimReview(verdict, desk))).toEqual([]);
  });

  // Issue 15.5: with no speaker, the outlet ("AP News") was named as the claim's author.
  it("never names the outlet as the claim's author when no speaker is known", () => {
    const review = claimReview({ ...verdict, speaker: null }, desk);
    expect(review.itemReviewed).not.toHaveProperty("author");
    expect(schemaOrgProblems(review)).toEqual([]);
    expect(missingRecommended(review)).toEqual(["$.itemReviewed: Claim lacks author"]);
  });

  // Issue 15.5: "Unverifiable" was given ratingValue 1, below False.
  it("gives a rating off the true–false scale its name and no number", () => {
    const review = claimReview({ ...verdict, rating: { label: "Unverifiable", ordinal: 1, onScale: false } }, desk);
    expect(review.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(schemaOrgProblems(review)).toEqual([]);
  });

  it("the checker notices what is wrong", () => {
    const broken = {
      ...claimReview(verdict, desk),
      claimReviewed: undefined,
      firstAppearance: "a string",
      reviewRating: { "@type": "Rating", ratingValue: 5 },
    };
    expect(schemaOrgProblems(broken as never)).toEqual([
      "$: ClaimReview is missing claimReviewed",
      "$.reviewRating: Rating is missing alternateName",
      "$.firstAppearance: not a property of ClaimReview",
      '$.firstAppearance: expected CreativeWork, got "a string"',
    ]);
  });

  it("cannot close the script element it is written into", () => {
    const script = jsonLdScript(claimReview({ ...verdict, claimText: "</script><script>alert(1)</script>" }, desk));
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).claimReviewed).toBe("</script><script>alert(1)</script>");
  });
});
