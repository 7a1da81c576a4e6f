import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/factories";
import { createArticle } from "./articles";
import { db } from "./client";

async function claimFixture() {
  const editor = await createTestUser("EDITOR");
  const { id: articleId } = await createArticle(editor, { title: "T", body: `Turnout was 61% in ${Math.random()}.` });
  const claim = await db().claim.create({
    data: { articleId, quote: "Turnout was 61%", start: 0, end: 15, text: "Turnout was 61%." },
  });
  const rating = await db().rating.create({
    data: { slug: `r-${claim.id}`, label: "False", definition: "Not accurate.", ordinal: 1, color: "#b91c1c" },
  });
  return { editor, claim, rating };
}

describe("database guarantees", () => {
  it("refuses a claim span that ends before it starts", async () => {
    const { claim } = await claimFixture();
    await expect(db().claim.update({ where: { id: claim.id }, data: { start: 10, end: 5 } })).rejects.toThrow(
      /Claim_span_check/,
    );
  });

  it("keeps signed-off verdicts frozen: a change must be a new version", async () => {
    const { editor, claim, rating } = await claimFixture();
    const verdict = await db().verdict.create({
      data: {
        claimId: claim.id,
        version: 1,
        ratingId: rating.id,
        summary: "Wrong.",
        authorId: editor.id,
        signedOffById: editor.id,
        signedOffAt: new Date(),
      },
    });
    await expect(db().verdict.update({ where: { id: verdict.id }, data: { summary: "Rewritten." } })).rejects.toThrow(
      /frozen/,
    );
    await expect(db().verdict.delete({ where: { id: verdict.id } })).rejects.toThrow(/cannot be deleted/);
    // Publishing the signed-off version is the one change allowed.
    await expect(
      db().verdict.update({ where: { id: verdict.id }, data: { publishedAt: new Date() } }),
    ).resolves.toBeTruthy();
    await expect(db().verdict.update({ where: { id: verdict.id }, data: { publishedAt: null } })).rejects.toThrow(
      /frozen/,
    );
  });

  it("lets a draft verdict be edited before sign-off", async () => {
    const { editor, claim, rating } = await claimFixture();
    const draft = await db().verdict.create({
      data: { claimId: claim.id, version: 1, ratingId: rating.id, summary: "Draft.", authorId: editor.id },
    });
    const edited = await db().verdict.update({ where: { id: draft.id }, data: { summary: "Better draft." } });
    expect(edited.summary).toBe("Better draft.");
  });

  it("finds claims by trigram similarity through the index", async () => {
    await claimFixture();
    const rows = await db().$queryRaw<
      { text: string }[]
    >`SELECT text FROM "Claim" WHERE text % ${"turnout was 61 percent"}`;
    expect(rows.map((r) => r.text)).toContain("Turnout was 61%.");
  });
});
