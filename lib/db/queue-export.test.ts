import { describe, expect, it } from "vitest";
import { createTestUser, ratingIds, verifiedClaim } from "../../test/factories";
import type { Actor } from "../auth/permissions";
import type { QueueQuery } from "../validation/queue";
import { createArticle } from "./articles";
import { db } from "./client";
import { resolveExportScope } from "./exports";
import { listQueue } from "./queue";

async function exported(actor: Actor, queue: QueueQuery, includeAll = true) {
  const { where, label } = await resolveExportScope(actor, { queue, includeAll });
  return { ids: (await db().claim.findMany({ where, select: { id: true } })).map((c) => c.id).sort(), label };
}
const listed = async (actor: Actor, queue: QueueQuery) =>
  (await listQueue(actor, { ...queue, limit: 100 })).rows.map((r) => r.id).sort();

describe("exporting a queue view", () => {
  it("exports exactly the claims the queue shows, with a claim in every state and view", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const marker = `quay${Math.random().toString(36).slice(2, 10)}`;
    const { id } = await createArticle(editor, {
      title: "Harbour",
      body: [
        `The ${marker} port moved 41 million tonnes of cargo in 2025, the authority said.`,
        `The ${marker} bridge cost 12 million euros in 2024, the mayor said.`,
        `Tolls on the ${marker} road rose by 8% last year, the operator said.`,
        `The ${marker} ferry carried 3 million passengers in 2023, the company said.`,
        `The ${marker} lighthouse was built in 1854, the trust said.`,
      ].join(" "),
    });
    const claims = await db().claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    expect(claims).toHaveLength(5);
    const [open, mine, waiting, verified, dismissed] = claims;
    const ratingId = (await ratingIds()).false;
    // One claim in each state the views tell apart (set directly: the workflow has its own tests).
    await db().claim.update({ where: { id: mine.id }, data: { status: "IN_REVIEW", assigneeId: editor.id } });
    await db().claim.update({ where: { id: waiting.id }, data: { status: "NEEDS_SIGNOFF", assigneeId: reviewer.id } });
    await db().verdict.create({
      data: { claimId: waiting.id, version: 1, ratingId, summary: "Draft.", authorId: reviewer.id },
    });
    await db().claim.update({ where: { id: verified.id }, data: { status: "VERIFIED" } });
    await db().claim.update({
      where: { id: dismissed.id },
      data: { status: "DISMISSED", dismissReason: "Not checkable." },
    });

    const top = Math.max(...claims.map((c) => c.score));
    const expected: [QueueQuery, string[]][] = [
      [{ view: "mine" }, [mine.id]],
      [{ view: "unassigned" }, [open.id]],
      [{ view: "signoff" }, [waiting.id]],
      [{ view: "all" }, claims.map((c) => c.id)],
      [{ view: "all", status: "VERIFIED" }, [verified.id]],
      [{ view: "all", status: "DISMISSED" }, [dismissed.id]],
      [{ view: "all", type: "STATISTIC" }, claims.filter((c) => c.type === "STATISTIC").map((c) => c.id)],
      [{ view: "all", minScore: top }, claims.filter((c) => c.score >= top).map((c) => c.id)],
    ];
    for (const [query, ids] of expected) {
      const scoped = { ...query, q: marker };
      expect(ids.length, `${JSON.stringify(query)} selects something`).toBeGreaterThan(0);
      const listedIds = await listed(editor, scoped);
      expect(listedIds, JSON.stringify(query)).toEqual([...ids].sort());
      expect((await exported(editor, scoped)).ids, JSON.stringify(query)).toEqual(listedIds);
    }
    expect((await exported(editor, { view: "all", q: "bridge", type: "STATISTIC" })).label).toBe(
      "Queue: all claims, type Statistic, search “bridge”, all claims",
    );
  });

  it("exports verified claims only unless asked, and refuses a reviewer the sign-off view", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    const marker = `lighthouse${Date.now()}`;
    const { claim } = await verifiedClaim({
      reviewer,
      editor,
      body: `The ${marker} was built in 1854, the trust said. The ${marker} keeper retired in 1990, the trust said.`,
    });
    expect((await exported(reviewer, { view: "all", q: marker }, false)).ids).toEqual([claim.id]);
    expect((await exported(editor, { view: "all", q: marker }, true)).ids).toHaveLength(2);
    await expect(exported(reviewer, { view: "signoff" }, false)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(resolveExportScope(reviewer, { queue: { view: "all" }, articleId: claim.articleId })).rejects.toThrow(
      "Choose one article, one review session or a queue view to export.",
    );
  });
});
