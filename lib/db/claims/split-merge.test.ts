import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../test/factories";
import { createArticle } from "../articles";
import { db } from "../client";
import { addSource } from "./sources";
import { mergeClaims, splitClaim } from "./split-merge";

async function setup() {
  const reviewer = await createTestUser("REVIEWER");
  const body = `The council approved a £4.2m budget and hired 120 officers on Monday ${Math.random()}.`;
  const { id } = await createArticle(reviewer, { title: "T", body });
  const claim = await db().claim.create({
    data: { articleId: id, start: 0, end: body.length - 1, quote: body.slice(0, -1), text: "x" },
  });
  return { reviewer, claim, body, articleId: id };
}

describe("splitting and merging claims", () => {
  it("splits one claim into two anchored spans, and merges them back", async () => {
    const { reviewer, claim, body } = await setup();
    const { secondId } = await splitClaim(reviewer, {
      claimId: claim.id,
      version: claim.version,
      firstWords: "The council approved a £4.2m budget ",
    });
    const [a, b] = await Promise.all([
      db().claim.findUniqueOrThrow({ where: { id: claim.id } }),
      db().claim.findUniqueOrThrow({ where: { id: secondId } }),
    ]);
    expect(a.quote).toBe("The council approved a £4.2m budget");
    expect(b.quote.startsWith("and hired 120 officers")).toBe(true);
    for (const c of [a, b]) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(a.quantities).toEqual([expect.objectContaining({ value: 4_200_000, currency: "GBP" })]);

    await mergeClaims(reviewer, { claimId: a.id, version: a.version, nextClaimId: b.id, nextVersion: b.version });
    const merged = await db().claim.findUniqueOrThrow({ where: { id: a.id } });
    expect(merged.quote).toBe(body.slice(0, -1));
    expect(await db().claim.findUnique({ where: { id: b.id } })).toBeNull();
    expect(
      await db().auditEvent.count({ where: { claimId: a.id, action: { in: ["claim.split", "claim.merge"] } } }),
    ).toBe(2);
  });

  it("refuses words that do not open the quote, and claims that already have evidence", async () => {
    const { reviewer, claim } = await setup();
    await expect(
      splitClaim(reviewer, { claimId: claim.id, version: claim.version, firstWords: "budget" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await addSource(reviewer, {
      claimId: claim.id,
      url: "https://council.example/",
      stance: "SUPPORTS",
      primary: true,
    });
    await expect(
      splitClaim(reviewer, { claimId: claim.id, version: claim.version, firstWords: "The council " }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses to merge with a claim from another article", async () => {
    const one = await setup();
    const two = await setup();
    await expect(
      mergeClaims(one.reviewer, { claimId: one.claim.id, version: 1, nextClaimId: two.claim.id, nextVersion: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
