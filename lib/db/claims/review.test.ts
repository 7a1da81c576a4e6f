import { beforeAll, describe, expect, it } from "vitest";
import { RATING_SCALE } from "../../../seeds/rating-scale";
import { createTestUser } from "../../../test/factories";
import type { Actor } from "../../auth/permissions";
import { createArticle } from "../articles";
import { db } from "../client";
import { getClaimDetail } from "./claim-detail";
import { addClaim, dismissClaim, editClaim, restoreClaim } from "./edit-claims";
import { addSource, removeSource, updateSource } from "./sources";
import { saveVerdict } from "./verdicts";
import { transitionClaim } from "./workflow";

let rating: Record<string, string>;

beforeAll(async () => {
  await db().rating.createMany({ data: [...RATING_SCALE], skipDuplicates: true });
  rating = Object.fromEntries((await db().rating.findMany()).map((r) => [r.slug, r.id]));
});

async function claimFor(actor: Actor) {
  const { id } = await createArticle(actor, {
    title: "Budget",
    body: `The council approved a £4.2m flood budget on Monday ${Math.random()}, officials said.`,
  });
  return db().claim.findFirstOrThrow({ where: { articleId: id } });
}

const version = async (claimId: string) => (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;

describe("reviewing a claim", () => {
  it("goes from sources and a verdict to sign-off by another editor, with every step in the history", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const claim = await claimFor(reviewer);
    const a = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://council.example/minutes",
      publisher: "City Council",
      stance: "SUPPORTS",
      primary: true,
    });
    const b = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://news.example/budget",
      publisher: "Gazette",
      stance: "SUPPORTS",
      primary: false,
    });
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating.true,
      summary: "The minutes record the vote.",
      rationale: "See **minutes**.",
      sourceIds: [a.id, b.id],
    });
    await transitionClaim(reviewer, { claimId: claim.id, version: await version(claim.id), to: "REQUEST_SIGNOFF" });
    const done = await transitionClaim(editor, { claimId: claim.id, version: await version(claim.id), to: "SIGN_OFF" });
    expect(done.status).toBe("VERIFIED");

    const detail = await getClaimDetail(reviewer, claim.id);
    expect(detail.verdict).toMatchObject({ signedOffById: editor.id, summary: "The minutes record the vote." });
    expect(detail.history.map((h) => h.action).reverse()).toEqual([
      "source.add",
      "source.add",
      "verdict.save",
      "claim.request_signoff",
      "claim.sign_off",
    ]);
    expect(detail.history[0]).toMatchObject({
      actor: editor.name,
      before: { status: "NEEDS_SIGNOFF" },
      after: { status: "VERIFIED" },
    });
  });

  it("refuses sign-off by a reviewer, and by the editor who wrote the verdict", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const claim = await claimFor(editor);
    const s = await addSource(editor, {
      claimId: claim.id,
      url: "https://stats.example/a",
      publisher: "Stats",
      stance: "REFUTES",
      primary: true,
    });
    await saveVerdict(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating.misleading,
      summary: "Leaves out context.",
      sourceIds: [s.id],
    });
    await transitionClaim(editor, { claimId: claim.id, version: await version(claim.id), to: "REQUEST_SIGNOFF" });
    await expect(
      transitionClaim(reviewer, { claimId: claim.id, version: await version(claim.id), to: "SIGN_OFF" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", userMessage: "Your role does not allow this." });
    await expect(
      transitionClaim(editor, { claimId: claim.id, version: await version(claim.id), to: "SIGN_OFF" }),
    ).rejects.toMatchObject({ userMessage: "You wrote this verdict; another editor has to sign it off." });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("NEEDS_SIGNOFF");
  });

  it("enforces the evidence rules on the server", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const claim = await claimFor(reviewer);
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating.false,
      summary: "No such vote.",
    });
    await expect(
      transitionClaim(reviewer, { claimId: claim.id, version: await version(claim.id), to: "REQUEST_SIGNOFF" }),
    ).rejects.toMatchObject({ userMessage: "Attach at least one source before asking for sign-off." });
    const s = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://council.example/minutes",
      stance: "REFUTES",
      primary: true,
    });
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating.false,
      summary: "No such vote.",
      sourceIds: [s.id],
    });
    await transitionClaim(reviewer, { claimId: claim.id, version: await version(claim.id), to: "REQUEST_SIGNOFF" });
    await expect(
      transitionClaim(editor, { claimId: claim.id, version: await version(claim.id), to: "SIGN_OFF" }),
    ).rejects.toMatchObject({ userMessage: expect.stringContaining("two sources from different publishers") });
    const signed = await transitionClaim(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      to: "SIGN_OFF",
      overrideReason: "The minutes are the only record.",
    });
    expect(signed.status).toBe("VERIFIED");
    expect((await db().verdict.findFirstOrThrow({ where: { claimId: claim.id } })).overrideReason).toBe(
      "The minutes are the only record.",
    );
  });

  it("sends a claim back only with a comment", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const claim = await claimFor(reviewer);
    const s = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://a.example/",
      stance: "CONTEXT",
      primary: false,
    });
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating.unverifiable,
      summary: "No record either way.",
      sourceIds: [s.id],
    });
    await transitionClaim(reviewer, { claimId: claim.id, version: await version(claim.id), to: "REQUEST_SIGNOFF" });
    await expect(
      transitionClaim(editor, { claimId: claim.id, version: await version(claim.id), to: "SEND_BACK" }),
    ).rejects.toMatchObject({ userMessage: "Say what needs to change when sending a claim back." });
    await transitionClaim(editor, {
      claimId: claim.id,
      version: await version(claim.id),
      to: "SEND_BACK",
      comment: "Call the council press office.",
    });
    expect(await db().comment.findFirst({ where: { claimId: claim.id } })).toMatchObject({
      kind: "SEND_BACK",
      body: "Call the council press office.",
      authorId: editor.id,
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_REVIEW");
  });
});

describe("no lost work", () => {
  it("refuses a save based on an old version, naming who saved first, and writes nothing", async () => {
    const ana = await createTestUser("REVIEWER");
    const ben = await createTestUser("REVIEWER");
    const claim = await claimFor(ana);
    await editClaim(ana, { claimId: claim.id, version: claim.version, text: "Ana's wording." });
    await expect(
      editClaim(ben, { claimId: claim.id, version: claim.version, text: "Ben's wording." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: expect.stringMatching(new RegExp(`^Not saved — changed by ${ana.name} at \\d\\d:\\d\\d UTC\\.`)),
    });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe("Ana's wording.");
  });

  it("refuses a source already attached, and bad input, writing nothing", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const claim = await claimFor(reviewer);
    await addSource(reviewer, {
      claimId: claim.id,
      url: "https://stats.example/a",
      stance: "SUPPORTS",
      primary: false,
    });
    await expect(
      addSource(reviewer, { claimId: claim.id, url: "https://stats.example/a", stance: "REFUTES", primary: false }),
    ).rejects.toMatchObject({ userMessage: "This source is already attached to the claim." });
    await expect(
      addSource(reviewer, { claimId: claim.id, url: "javascript:alert(1)", stance: "SUPPORTS", primary: false }),
    ).rejects.toThrow("Enter the source address as a web address starting with http:// or https://.");
    await expect(
      saveVerdict(reviewer, {
        claimId: claim.id,
        version: await version(claim.id),
        ratingId: "not-a-rating",
        summary: "x",
      }),
    ).rejects.toMatchObject({ userMessage: "Choose a rating from the scale." });
    await expect(
      saveVerdict(reviewer, {
        claimId: claim.id,
        version: await version(claim.id),
        ratingId: rating.false,
        summary: "x".repeat(281),
      }),
    ).rejects.toThrow("Keep the summary to 280 characters");
    expect(await db().source.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db().verdict.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses removing a source a verdict rests on", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const claim = await claimFor(reviewer);
    const s = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://stats.example/b",
      stance: "SUPPORTS",
      primary: false,
    });
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await version(claim.id),
      ratingId: rating["mostly-true"],
      summary: "Close.",
      sourceIds: [s.id],
    });
    await expect(removeSource(reviewer, { sourceId: s.id })).rejects.toMatchObject({
      userMessage: "A verdict rests on this source; take it out of the verdict first.",
    });
  });
});

describe("adding, dismissing and restoring claims", () => {
  it("adds a claim from selected words only when the offsets match the article", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const { id } = await createArticle(reviewer, { title: "T", body: `Turnout was 61% in ${Math.random()}.` });
    const added = await addClaim(reviewer, { articleId: id, start: 0, end: 15, quote: "Turnout was 61%" });
    expect(await db().claim.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      origin: "MANUAL",
      text: "Turnout was 61%",
      createdById: reviewer.id,
    });
    await expect(
      addClaim(reviewer, { articleId: id, start: 1, end: 15, quote: "Turnout was 61%" }),
    ).rejects.toMatchObject({ userMessage: "The quoted words do not match the article at that position." });
    await expect(
      addClaim(reviewer, { articleId: id, start: 0, end: 9999, quote: "Turnout was 61%" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("dismisses with a reason and restores", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const claim = await claimFor(reviewer);
    await expect(dismissClaim(reviewer, { claimId: claim.id, version: claim.version, reason: "" })).rejects.toThrow(
      "Say why this is not check-worthy.",
    );
    await dismissClaim(reviewer, { claimId: claim.id, version: claim.version, reason: "Opinion, not fact" });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "DISMISSED",
      dismissReason: "Opinion, not fact",
    });
    await restoreClaim(reviewer, { claimId: claim.id, version: claim.version + 1 });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "UNREVIEWED",
      dismissReason: null,
    });
  });
});

describe("editing sources", () => {
  it("edits a source at its version and refuses a stale edit", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const claim = await claimFor(reviewer);
    const s = await addSource(reviewer, {
      claimId: claim.id,
      url: "https://stats.example/c",
      stance: "SUPPORTS",
      primary: false,
    });
    await updateSource(reviewer, {
      sourceId: s.id,
      version: s.version,
      url: "https://stats.example/c",
      publisher: "Statistics Office",
      stance: "CONTEXT",
      primary: true,
    });
    expect(await db().source.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      publisher: "Statistics Office",
      stance: "CONTEXT",
      primary: true,
      version: 2,
    });
    await expect(
      updateSource(reviewer, {
        sourceId: s.id,
        version: s.version,
        url: "https://stats.example/c",
        stance: "REFUTES",
        primary: false,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      // Who saved first, from the source's own audit trail.
      userMessage: expect.stringMatching(new RegExp(`^Not saved — changed by ${reviewer.name} at \\d\\d:\\d\\d UTC`)),
    });
    await removeSource(reviewer, { sourceId: s.id });
    expect(await db().source.count({ where: { id: s.id } })).toBe(0);
    expect(
      await db().auditEvent.count({ where: { claimId: claim.id, action: { in: ["source.edit", "source.remove"] } } }),
    ).toBe(2);
  });
});
