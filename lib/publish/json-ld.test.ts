import { describe, expect, it } from "vitest";
import { schemaOrgProblems } from "../../test/schemaorg";
import { claimReview } from "../export/claimreview";
import { jsonLdScript } from "./json-ld";
import { PUBLISHED_VERDICT } from "../../test/fixtures/published-verdict";

const verdict = PUBLISHED_VERDICT;
const desk = { name: "Desk", url: "https://desk.example" };

describe("ClaimReview JSON-LD against schema.org's definitions", () => {
  it("has every required field, each defined for its type and of an allowed value type", () => {
    expect(schemaOrgProblems(claimReview(verdict, desk))).toEqual([]);
  });

  it("attributes a claim without a named speaker to the outlet", () => {
    const review = claimReview({ ...verdict, speaker: null }, desk);
    expect(review.itemReviewed).toMatchObject({ author: { "@type": "Organization", name: "News Example" } });
    expect(schemaOrgProblems(review)).toEqual([]);
  });

  it("the checker notices what is wrong", () => {
    const broken = { ...claimReview(verdict, desk), claimReviewed: undefined, firstAppearance: "a string", reviewRating: { "@type": "Rating", ratingValue: 5 } };
    expect(schemaOrgProblems(broken as never)).toEqual([
      "$: ClaimReview is missing claimReviewed",
      "$.reviewRating: Rating is missing alternateName",
      "$.reviewRating: Rating is missing bestRating",
      "$.reviewRating: Rating is missing worstRating",
      "$.firstAppearance: not a property of ClaimReview",
      "$.firstAppearance: expected CreativeWork, got \"a string\"",
    ]);
  });

  it("cannot close the script element it is written into", () => {
    const script = jsonLdScript(claimReview({ ...verdict, claimText: "</script><script>alert(1)</script>" }, desk));
    expect(script).not.toContain("</script>");
    expect(JSON.parse(script).claimReviewed).toBe("</script><script>alert(1)</script>");
  });
});
