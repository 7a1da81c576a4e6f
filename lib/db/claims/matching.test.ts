import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../test/factories";
import { createArticle } from "../articles";
import { db } from "../client";
import { decideMatch, listMatchesForArticle, reuseMatchSources, reuseMatchVerdict } from "./match-suggestions";
import { addSource } from "./sources";
import { suggestMatches } from "./find-matches";

describe("matching claims across articles", () => {
  it("suggests a paraphrase from another article, flags a number conflict, and ignores unrelated claims", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const first = await createArticle(reviewer, {
      title: "Shells",
      body: "Shin Won-sik said North Korea may have shipped up to five million shells to Russia.\n\nThe Lakers beat the Thunder 112-107 on Tuesday.",
    });
    const second = await createArticle(reviewer, {
      title: "Shells again",
      body: "North Korea may have shipped one million shells to Russia, officials said.\n\nThe council approved a flood budget of £4.2m on Monday.",
    });
    const matches = await listMatchesForArticle(reviewer, second.id);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      status: "SUGGESTED",
      numberConflict: true,
      other: { articleId: first.id, articleTitle: "Shells" },
    });
    expect(matches[0].other.text).toContain("five million shells");
  });

  it("does not suggest a dismissed pair again, and audits the decision", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await createArticle(reviewer, {
      title: "A",
      body: "The unemployment rate fell to 3.5% in October 2019, the Labor Department said.",
    });
    const b = await createArticle(reviewer, {
      title: "B",
      body: "Unemployment dropped to 3.5 percent in October 2019, officials said.",
    });
    const [match] = await listMatchesForArticle(reviewer, b.id);
    await decideMatch(reviewer, { matchId: match.id, decision: "DISMISSED" });
    await db().$transaction((tx) => suggestMatches(tx, b.id));
    expect(await listMatchesForArticle(reviewer, b.id)).toEqual([]);
    expect(
      await db().auditEvent.count({
        where: { entityId: match.id, action: "claim.match.dismissed", actorId: reviewer.id },
      }),
    ).toBe(1);
  });
});

describe("linked claims", () => {
  it("offers the linked claim's sources for reuse and flags a later change to its verdict", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { RATING_SCALE } = await import("../../../seeds/rating-scale");
    await db().rating.createMany({ data: [...RATING_SCALE], skipDuplicates: true });
    const falseRating = await db().rating.findUniqueOrThrow({ where: { slug: "false" } });
    const a = await createArticle(reviewer, {
      title: "A",
      body: "Officials said 40,000 homes lost power in Valencia during the storm of March 2024.",
    });
    const claimA = await db().claim.findFirstOrThrow({ where: { articleId: a.id } });
    await addSource(reviewer, {
      claimId: claimA.id,
      url: "https://grid.example/report",
      publisher: "Grid operator",
      stance: "REFUTES",
      primary: true,
    });
    const b = await createArticle(reviewer, {
      title: "B",
      body: "During the March 2024 storm, 40,000 homes in Valencia lost power, officials said.",
    });
    const [match] = await listMatchesForArticle(reviewer, b.id);
    await decideMatch(reviewer, { matchId: match.id, decision: "CONFIRMED" });

    expect(await reuseMatchSources(reviewer, { matchId: match.id })).toEqual({ copied: 1 });
    expect(await reuseMatchSources(reviewer, { matchId: match.id })).toEqual({ copied: 0 });
    expect((await listMatchesForArticle(reviewer, b.id))[0]).toMatchObject({
      status: "CONFIRMED",
      verdictChanged: false,
      other: { sources: 1 },
    });

    await db().verdict.create({
      data: {
        claimId: claimA.id,
        version: 1,
        ratingId: falseRating.id,
        summary: "Fewer homes lost power.",
        authorId: reviewer.id,
      },
    });
    expect((await listMatchesForArticle(reviewer, b.id))[0].verdictChanged).toBe(true);

    const { verdictId } = await reuseMatchVerdict(reviewer, { matchId: match.id });
    expect(await db().verdict.findUniqueOrThrow({ where: { id: verdictId } })).toMatchObject({
      ratingId: falseRating.id,
      summary: "Fewer homes lost power.",
      signedOffAt: null,
      version: 1,
    });
    await expect(reuseMatchVerdict(reviewer, { matchId: match.id })).rejects.toMatchObject({
      userMessage: "This claim already has a draft verdict; edit it instead.",
    });
  });
});
