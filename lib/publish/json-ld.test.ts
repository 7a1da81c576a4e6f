import { describe, expect, it } from "vitest";
import { schemaOrgProblems } from "../../test/schemaorg";
import { claimReview } from "../export/claimreview";
import { jsonLdScript } from "./json-ld";

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
