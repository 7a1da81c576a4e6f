import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../test/factories";
import { createArticle } from "../articles";
import { db } from "../client";
import { assertSpanMatches } from "./extracted-claims";
import { reextractArticle } from "./reextract-article";

const BODY = [
  "Council approves £4.2m flood budget",
  "",
  "The council approved a £4.2m budget on Monday while the mayor announced 120 new police officers.",
  "",
  "Officials said the river rose 3 metres in 2023, and the county spent $2 million on sandbags.",
  "",
  "Sign in or Create a free account",
].join("\n");

describe("claims stored with their article", () => {
  it("extracts and stores claims whose quotes are exactly the article's words", async () => {
    const editor = await createTestUser("EDITOR");
    const result = await createArticle(editor, { title: "Flood budget", body: BODY, publishedAt: "2024-03-01" });
    expect(result.claims).toBeGreaterThanOrEqual(5);
    const { body } = await db().article.findUniqueOrThrow({ where: { id: result.id } });
    const claims = await db().claim.findMany({ where: { articleId: result.id }, orderBy: { start: "asc" } });
    expect(claims).toHaveLength(result.claims);
    for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(claims.map((c) => c.text)).toContain("The mayor announced 120 new police officers.");
    expect(claims.find((c) => c.text.startsWith("The council approved"))).toMatchObject({
      type: "STATISTIC",
      status: "UNREVIEWED",
    });
    expect(claims.some((c) => c.quote.includes("Sign in"))).toBe(false);
  });

  it("refuses a quote that does not match the article at its offsets", () => {
    expect(() => assertSpanMatches("Turnout was 61%.", { start: 0, end: 7, quote: "Turnout was" })).toThrow(
      "The quoted words do not match the article at that position.",
    );
    expect(() => assertSpanMatches("Turnout", { start: 0, end: 99, quote: "Turnout" })).toThrow();
  });
});

describe("re-running extraction", () => {
  it("keeps reviewed work and replaces only untouched claims", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { id } = await createArticle(reviewer, {
      title: "Flood budget",
      body: `${BODY}\n\nRevision ${Math.random()}`,
    });
    const before = await db().claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    const [inReview, sourced, ...untouched] = before;
    await db().claim.update({ where: { id: inReview.id }, data: { status: "IN_REVIEW" } });
    await db().source.create({
      data: { claimId: sourced.id, url: "https://example.org/budget", stance: "SUPPORTS", addedById: reviewer.id },
    });

    const result = await reextractArticle(reviewer, id);

    expect(result).toEqual({ kept: 2, replaced: untouched.length, added: untouched.length });
    const after = await db().claim.findMany({ where: { articleId: id }, include: { sources: true } });
    expect(after).toHaveLength(before.length);
    expect(after.find((c) => c.id === inReview.id)?.status).toBe("IN_REVIEW");
    expect(after.find((c) => c.id === sourced.id)?.sources).toHaveLength(1);
    expect(after.filter((c) => untouched.some((u) => u.id === c.id))).toEqual([]);
    expect(await db().auditEvent.count({ where: { entityId: id, action: "article.reextract" } })).toBe(1);
  });

  it("answers NOT_FOUND for a missing article", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await expect(reextractArticle(reviewer, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
