import { describe, expect, it } from "vitest";
import { claimVersion, createTestUser, ratingIds } from "../../test/factories";
import { createArticle } from "./articles";
import { db } from "./client";
import { reextractArticle } from "./claims/reextract-article";
import { addSource } from "./claims/sources";
import { saveVerdict } from "./claims/verdicts";
import { transitionClaim } from "./claims/workflow";

// Issue 19.8: races that once duplicated claims and articles or answered "Something went wrong".
describe("simultaneous requests", () => {
  it("five simultaneous re-extractions leave the article with one set of claims", async () => {
    const editor = await createTestUser("EDITOR");
    const body = Array.from(
      { length: 12 },
      (_, i) => `The council approved ${i + 2} new schools in 20${10 + i}, officials said.`,
    ).join("\n\n");
    const { id, claims } = await createArticle(editor, { title: "Schools", body });
    await Promise.all(Array.from({ length: 5 }, () => reextractArticle(editor, id)));
    const stored = await db().claim.findMany({ where: { articleId: id }, select: { start: true, end: true } });
    expect(stored).toHaveLength(claims);
    expect(new Set(stored.map((c) => `${c.start}-${c.end}`)).size).toBe(claims);
  });

  it("twenty simultaneous imports of one address store one article", async () => {
    const editor = await createTestUser("EDITOR");
    const url = `https://wire.example/story-${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createArticle(editor, {
          title: "Story",
          url,
          body: `Exports rose ${i + 1}% in 2023, the agency said (edition ${i}).`,
        }),
      ),
    );
    expect(await db().article.count({ where: { url } })).toBe(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
  });

  it("three editors signing off at once: one signs, two are told who did", async () => {
    const [reviewer, ...editors] = [
      await createTestUser("REVIEWER"),
      await createTestUser("EDITOR"),
      await createTestUser("EDITOR"),
      await createTestUser("EDITOR"),
    ];
    const ratings = await ratingIds();
    const { id } = await createArticle(reviewer, {
      title: "Budget",
      body: `The council approved a £4.2m flood budget on Monday ${Date.now()}, officials said.`,
    });
    const claim = await db().claim.findFirstOrThrow({ where: { articleId: id } });
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
      publisher: "Courier",
      stance: "SUPPORTS",
      primary: false,
    });
    await saveVerdict(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      ratingId: ratings.true,
      summary: "The minutes record it.",
      rationale: "",
      sourceIds: [a.id, b.id],
    });
    await transitionClaim(reviewer, {
      claimId: claim.id,
      version: await claimVersion(claim.id),
      to: "REQUEST_SIGNOFF",
    });
    const version = await claimVersion(claim.id);
    const outcomes = await Promise.allSettled(
      editors.map((editor) => transitionClaim(editor, { claimId: claim.id, version, to: "SIGN_OFF" })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => o.reason);
    expect(refused).toHaveLength(2);
    for (const err of refused)
      expect(err).toMatchObject({
        code: "CONFLICT",
        userMessage: expect.stringMatching(/^Not saved — changed by EDITOR/),
      });
    const verdict = await db().verdict.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(editors.map((e) => e.id)).toContain(verdict.signedOffById);
  });
});
