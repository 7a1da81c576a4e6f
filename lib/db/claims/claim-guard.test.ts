import { describe, expect, it } from "vitest";
import { claimVersion, createTestUser, verifiedClaim } from "../../../test/factories";
import { claimReview } from "../../export/claimreview";
import { toPublishedVerdict } from "../../publish/json-ld";
import { db } from "../client";
import { publishedVerdicts } from "../exports";
import { getPublicVerdict, listPublicVerdicts, ratingScale, recentPublicationEvents } from "../public-verdicts";
import { publishClaim } from "../publications";
import { decideMatch } from "./match-suggestions";
import { reuseMatchSources, reuseMatchVerdict } from "./match-suggestions";
import { dismissClaim, editClaim } from "./edit-claims";
import { addSource, removeSource, updateSource } from "./sources";
import { mergeClaims, splitClaim } from "./split-merge";
import { saveVerdict } from "./verdicts";
import { transitionClaim } from "./workflow";

async function team() {
  return {
    reviewer: await createTestUser("REVIEWER"),
    editor: await createTestUser("EDITOR"),
    editor2: await createTestUser("EDITOR"),
  };
}

async function reopen(editor: Awaited<ReturnType<typeof createTestUser>>, claimId: string) {
  await transitionClaim(editor, {
    claimId,
    version: await claimVersion(claimId),
    to: "REOPEN",
    comment: "A correction is needed.",
  });
}

// Issue 15.2: the "published means frozen" rule lived in four places and editClaim had none.
describe("one rule guards every claim mutation", () => {
  it("refuses every mutation of a verified claim, with the same reason", async () => {
    const { reviewer, editor } = await team();
    const { claim, ratings, sourceIds } = await verifiedClaim({ reviewer, editor });
    const other = await db().claim.create({
      data: { articleId: claim.articleId, quote: "x", start: 0, end: 1, text: "Another claim" },
    });
    const source = await db().source.findFirstOrThrow({ where: { claimId: claim.id } });
    const match = await db().claimMatch.create({
      data: { claimId: claim.id, matchedClaimId: other.id, similarity: 0.9, status: "CONFIRMED" },
    });
    await db().verdict.create({
      data: { claimId: other.id, version: 1, ratingId: ratings.true, summary: "x", authorId: reviewer.id },
    });
    const v = () => claimVersion(claim.id);
    const callers: [string, () => Promise<unknown>][] = [
      ["editClaim", async () => editClaim(reviewer, { claimId: claim.id, version: await v(), text: "Reworded." })],
      [
        "addSource",
        async () =>
          addSource(reviewer, {
            claimId: claim.id,
            url: "https://third.example/x",
            stance: "SUPPORTS",
            primary: false,
          }),
      ],
      [
        "updateSource",
        async () =>
          updateSource(reviewer, {
            sourceId: source.id,
            version: source.version,
            url: source.url,
            stance: "REFUTES",
            primary: true,
          }),
      ],
      ["removeSource", async () => removeSource(reviewer, { sourceId: source.id })],
      [
        "saveVerdict",
        async () =>
          saveVerdict(reviewer, {
            claimId: claim.id,
            version: await v(),
            ratingId: ratings.false,
            summary: "Changed.",
            sourceIds,
          }),
      ],
      [
        "splitClaim",
        async () => splitClaim(reviewer, { claimId: claim.id, version: await v(), firstWords: "The council" }),
      ],
      [
        "mergeClaims",
        async () =>
          mergeClaims(reviewer, {
            claimId: claim.id,
            version: await v(),
            nextClaimId: other.id,
            nextVersion: other.version,
          }),
      ],
      [
        "dismissClaim",
        async () => dismissClaim(reviewer, { claimId: claim.id, version: await v(), reason: "Not check-worthy." }),
      ],
      ["reuseMatchSources", async () => reuseMatchSources(reviewer, { matchId: match.id })],
      ["reuseMatchVerdict", async () => reuseMatchVerdict(reviewer, { matchId: match.id })],
    ];
    for (const [name, call] of callers) {
      await expect(call(), name).rejects.toMatchObject({
        code: "LOCKED",
        userMessage: expect.stringMatching(/^This claim is verified; .* An editor can reopen it for a correction\.$/),
      });
    }
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe(claim.text);
    expect(decideMatch).toBeTypeOf("function");
  });

  it("a published claim keeps its words in the article, even while reopened: no merge, split or dismissal", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor });
    await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    await reopen(editor, claim.id);
    const other = await db().claim.create({
      data: { articleId: claim.articleId, quote: "x", start: 0, end: 1, text: "Another claim" },
    });
    await expect(
      mergeClaims(reviewer, {
        claimId: other.id,
        version: other.version,
        nextClaimId: claim.id,
        nextVersion: await claimVersion(claim.id),
      }),
    ).rejects.toMatchObject({
      code: "LOCKED",
      userMessage:
        "This claim is published; its words in the article are fixed. Publish a correction, or withdraw it, instead.",
    });
    await expect(
      dismissClaim(reviewer, { claimId: claim.id, version: await claimVersion(claim.id), reason: "Not check-worthy." }),
    ).rejects.toMatchObject({ code: "LOCKED" });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).quote).toBe(claim.quote);
  });

  it("merges only neighbouring claims", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { createArticle } = await import("../articles");
    const { id } = await createArticle(reviewer, {
      title: "Three",
      body: `Exports rose 12% in 2023.\n\nImports fell 4% in 2023.\n\nTariffs doubled in 2024 ${Date.now()}.`,
    });
    const [a, , c] = await db().claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    await expect(
      mergeClaims(reviewer, { claimId: a.id, version: a.version, nextClaimId: c.id, nextVersion: c.version }),
    ).rejects.toMatchObject({
      userMessage: "Only neighbouring claims can be merged: another claim lies between these two.",
    });
  });
});

describe("readers see what was published until a correction is published", () => {
  it("rewording and a source edit during a correction change nothing public; publishing the correction does", async () => {
    const { reviewer, editor, editor2 } = await team();
    const marker = `snapshot${Date.now()}`;
    const { claim, ratings, sourceIds } = await verifiedClaim({
      reviewer,
      editor,
      summary: `The minutes record it (${marker}).`,
    });
    const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    const site = "https://desk.example";
    const publicView = async () => {
      const page = (await getPublicVerdict(slug))!;
      const index = await listPublicVerdicts({ q: marker, page: 1 });
      const feed = (await recentPublicationEvents()).filter((e) => e.publication.slug === slug);
      const [exported] = await publishedVerdicts({ id: claim.id }, site);
      const jsonLd = claimReview(toPublishedVerdict(page, await ratingScale(), site), { name: "Desk", url: site });
      return {
        page: page.claim.text,
        source: page.verdict.sources[0].publisher,
        index: index.items[0].claim.text,
        feed: feed[0].publication.claim.text,
        exported: exported.claimText,
        jsonLd: JSON.stringify(jsonLd),
      };
    };
    const before = await publicView();
    expect(before.page).toBe(claim.text);

    await reopen(editor, claim.id);
    await editClaim(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      text: "The council approved a £5m flood budget.",
    });
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceIds[0] } });
    await updateSource(reviewer, {
      sourceId: source.id,
      version: source.version,
      url: source.url,
      publisher: "Somebody else",
      stance: "SUPPORTS",
      primary: true,
    });
    expect(await publicView()).toEqual(before);
    expect(before.jsonLd).toContain(claim.text);

    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      ratingId: ratings.true,
      summary: `The minutes record £5m (${marker}).`,
      rationale: "The minutes give £5m.",
      sourceIds,
    });
    await transitionClaim(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      to: "REQUEST_SIGNOFF",
    });
    await transitionClaim(editor2, { claimId: claim.id, version: await claimVersion(claim.id), to: "SIGN_OFF" });
    await publishClaim(editor2, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      kind: "CORRECTION",
      note: "The budget was £5m.",
    });
    const after = await publicView();
    expect([after.page, after.index, after.feed, after.exported, after.source]).toEqual(
      Array(4).fill("The council approved a £5m flood budget.").concat("Somebody else"),
    );
    expect(after.jsonLd).toContain("£5m");
    // The history keeps the wording each event published.
    expect((await getPublicVerdict(slug))!.events.map((e) => [e.kind, e.claimText])).toEqual([
      ["CORRECTION", "The council approved a £5m flood budget."],
      ["PUBLISHED", claim.text],
    ]);
  });
});
