import { describe, expect, it } from "vitest";
import { claimVersion, createTestUser, verifiedClaim } from "../../test/factories";
import { db } from "./client";
import { saveVerdict } from "./claims/verdicts";
import { transitionClaim } from "./claims/workflow";
import { getPublicVerdict, listPublicVerdicts, recentPublicationEvents } from "./public-verdicts";
import { createArticle } from "./articles";
import { editClaim } from "./claims/edit-claims";
import { previewPublication, publishClaim, RATIONALE_REQUIRED, unpublishClaim } from "./publications";

async function team() {
  return {
    reviewer: await createTestUser("REVIEWER"),
    editor: await createTestUser("EDITOR"),
    editor2: await createTestUser("EDITOR"),
  };
}

describe("publishing a verdict", () => {
  it("publishes a verified claim once, at a stable address, freezing that verdict version", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor });
    const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    expect(slug).toMatch(/^the-council-approved-a-4-2m-flood-budget-on-monday/);

    const page = await getPublicVerdict(slug);
    expect(page).toMatchObject({
      unpublishedAt: null,
      verdict: {
        version: 1,
        summary: "The minutes record the vote.",
        rating: { label: "True" },
        author: { name: reviewer.name },
        signedOffBy: { name: editor.name },
      },
    });
    expect(page!.verdict.sources.map((s) => s.publisher)).toEqual(["City Council", "Courier"]);
    const verdict = await db().verdict.findFirstOrThrow({ where: { claimId: claim.id } });
    await expect(
      db().verdict.update({ where: { id: verdict.id }, data: { correctionNote: "sneaky" } }),
    ).rejects.toThrow(/frozen/);

    await expect(
      publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) }),
    ).rejects.toMatchObject({ userMessage: "This verdict version is already published." });
  });

  it("refuses reviewers, unverified claims and stale pages, writing nothing", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor });
    await expect(
      publishClaim(reviewer, { claimId: claim.id, version: await claimVersion(claim.id) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(publishClaim(editor, { claimId: claim.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const draft = await db().claim.create({
      data: { articleId: claim.articleId, quote: "x", start: 0, end: 1, text: "A draft" },
    });
    await expect(publishClaim(editor, { claimId: draft.id, version: 1 })).rejects.toMatchObject({
      userMessage: "Only verified claims can be published; this one is Unreviewed.",
    });
    expect(await db().publication.count({ where: { claimId: { in: [claim.id, draft.id] } } })).toBe(0);
  });

  it("previews the public page from the same snapshot it publishes, with the claimant the desk recorded", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor, rationale: "The **minutes** record it." });
    await expect(previewPublication(reviewer, claim.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await previewPublication(editor, claim.id);
    expect(before).toMatchObject({
      mode: "first",
      refusal: null,
      page: {
        claim: { text: claim.text },
        verdict: { rationale: "The **minutes** record it.", rating: { label: "True" } },
      },
    });
    expect(before.page!.verdict.sources.map((s) => s.publisher)).toEqual(["City Council", "Courier"]);
    expect(await db().publication.count({ where: { claimId: claim.id } })).toBe(0);

    const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    const published = await getPublicVerdict(slug);
    expect(published!.claim).toEqual(before.page!.claim);
    expect(published!.verdict.sources).toEqual(before.page!.verdict.sources);
    expect(await previewPublication(editor, claim.id)).toMatchObject({
      mode: "republish",
      refusal: { message: "This verdict version is already published." },
    });
  });

  it("records a claimant; a rewording without one keeps it, an empty one clears it", async () => {
    const { reviewer } = await team();
    const body = `Unemployment fell to 3.1% in May ${Math.random().toString(36).slice(2, 8)}.`;
    const { id: articleId } = await createArticle(reviewer, { title: "Jobs", body });
    const claim = await db().claim.findFirstOrThrow({ where: { articleId } });
    expect(claim.speaker).toBeNull();
    await editClaim(reviewer, {
      claimId: claim.id,
      version: claim.version,
      text: claim.text,
      claimant: "  Office for National Statistics ",
    });
    const claimant = async () => (await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).speaker;
    expect(await claimant()).toBe("Office for National Statistics");
    await editClaim(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      text: "Unemployment fell to 3.1% in May.",
    });
    expect(await claimant()).toBe("Office for National Statistics");
    await editClaim(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      text: "Unemployment fell to 3.1% in May.",
      claimant: "",
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).speaker).toBeNull();
  });

  // Issue 15.6: a verdict reached readers with a rating and no reasoning.
  it("refuses a verdict without a rationale, telling the editor how to add one", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor, rationale: "  \n " });
    const version = await claimVersion(claim.id);
    await expect(publishClaim(editor, { claimId: claim.id, version })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      userMessage: RATIONALE_REQUIRED,
    });
    expect(await db().publication.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await claimVersion(claim.id)).toBe(version);
  });

  it("a correction is a new signed-off version with a note; the old rating stays in the history", async () => {
    const { reviewer, editor, editor2 } = await team();
    const { claim, ratings, sourceIds } = await verifiedClaim({ reviewer, editor });
    const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });

    await expect(
      transitionClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id), to: "REOPEN" }),
    ).rejects.toMatchObject({ userMessage: "Say what needs correcting before reopening the claim." });
    await transitionClaim(editor, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      to: "REOPEN",
      comment: "The vote was on Tuesday.",
    });
    await saveVerdict(editor, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      ratingId: ratings["mostly-true"],
      summary: "The vote happened, a day later.",
      rationale: "The minutes are dated the next day.",
      sourceIds,
    });
    // While the correction is under way, readers still see the published version.
    expect((await getPublicVerdict(slug))!.verdict.rating.label).toBe("True");
    await expect(
      publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) }),
    ).rejects.toMatchObject({ userMessage: "Only verified claims can be published; this one is In review." });
    await transitionClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id), to: "REQUEST_SIGNOFF" });
    await transitionClaim(editor2, { claimId: claim.id, version: await claimVersion(claim.id), to: "SIGN_OFF" });

    await expect(
      publishClaim(editor2, { claimId: claim.id, version: await claimVersion(claim.id), kind: "CORRECTION" }),
    ).rejects.toMatchObject({ fieldErrors: { note: ["Say what changed."] } });
    await publishClaim(editor2, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      kind: "CORRECTION",
      note: "We had the wrong day of the vote.",
    });

    const page = await getPublicVerdict(slug);
    expect(page!.verdict).toMatchObject({ version: 2, rating: { label: "Mostly true" } });
    expect(page!.events.map((e) => [e.kind, e.note, e.verdict?.rating.label])).toEqual([
      ["CORRECTION", "We had the wrong day of the vote.", "Mostly true"],
      ["PUBLISHED", null, "True"],
    ]);
    const [first, second] = await db().verdict.findMany({ where: { claimId: claim.id }, orderBy: { version: "asc" } });
    expect(first.publishedAt).not.toBeNull();
    expect(second).toMatchObject({ correctionNote: "We had the wrong day of the vote." });
  });

  it("withdrawing needs a reason, leaves a notice, and drops the verdict from the index", async () => {
    const { reviewer, editor } = await team();
    const { claim } = await verifiedClaim({ reviewer, editor, summary: "Withdrawn later." });
    const { slug } = await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    expect((await listPublicVerdicts({ q: "Withdrawn later", page: 1 })).total).toBe(1);
    await expect(
      unpublishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id), reason: "oops" }),
    ).rejects.toThrow(/Say in a sentence why the fact check is withdrawn/);
    await unpublishClaim(editor, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      reason: "The article was retracted by its publisher.",
    });

    expect(await getPublicVerdict(slug)).toMatchObject({
      unpublishReason: "The article was retracted by its publisher.",
    });
    expect((await listPublicVerdicts({ q: "Withdrawn later", page: 1 })).total).toBe(0);
    expect((await recentPublicationEvents()).find((e) => e.publication.slug === slug)).toMatchObject({
      kind: "UNPUBLISHED",
    });

    await publishClaim(editor, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      note: "The publisher restored the article.",
    });
    expect((await getPublicVerdict(slug))!.unpublishedAt).toBeNull();
    expect((await getPublicVerdict(slug))!.events[0]).toMatchObject({
      kind: "REPUBLISHED",
      note: "The publisher restored the article.",
    });
  });

  it("the public index filters by rating, outlet and date and never lists drafts", async () => {
    const { reviewer, editor } = await team();
    const marker = `zebra${Date.now()}`;
    const { claim } = await verifiedClaim({ reviewer, editor, rating: "false", summary: `Not so ${marker}.` });
    await verifiedClaim({ reviewer, editor, summary: `Verified but unpublished ${marker}.` });
    await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) });
    const today = new Date(new Date().toISOString().slice(0, 10));

    expect((await listPublicVerdicts({ q: marker, page: 1 })).items.map((i) => i.verdict.summary)).toEqual([
      `Not so ${marker}.`,
    ]);
    expect(
      (await listPublicVerdicts({ q: marker, rating: "false", outlet: "gazette", from: today, to: today, page: 1 }))
        .total,
    ).toBe(1);
    expect((await listPublicVerdicts({ q: marker, rating: "true", page: 1 })).total).toBe(0);
    expect((await listPublicVerdicts({ q: marker, to: new Date("2000-01-01"), page: 1 })).total).toBe(0);
    // The outlet is matched exactly (any case): pattern characters match nothing.
    expect((await listPublicVerdicts({ q: marker, outlet: "GAZETTE", page: 1 })).total).toBe(1);
    for (const outlet of ["gazett_", "%", "gaz%"])
      expect((await listPublicVerdicts({ q: marker, outlet, page: 1 })).total).toBe(0);
  });

  it("pages the public index twenty at a time, newest first", async () => {
    const { reviewer, editor } = await team();
    const marker = `pager${Date.now()}`;
    const slugs: string[] = [];
    for (let i = 0; i < 21; i++) {
      const { claim } = await verifiedClaim({ reviewer, editor, summary: `Checked ${marker} ${i}.` });
      slugs.push((await publishClaim(editor, { claimId: claim.id, version: await claimVersion(claim.id) })).slug);
    }
    const first = await listPublicVerdicts({ q: marker, page: 1 });
    const second = await listPublicVerdicts({ q: marker, page: 2 });
    expect([first.total, first.pages, first.items.length, second.items.length]).toEqual([21, 2, 20, 1]);
    expect(first.items[0].slug).toBe(slugs[20]);
    expect(second.items[0].slug).toBe(slugs[0]);
  });
});
