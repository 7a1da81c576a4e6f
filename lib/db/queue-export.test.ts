import { describe, expect, it } from "vitest";
import { claimVersion, createTestUser, verifiedClaim } from "../../test/factories";
import type { Actor } from "../auth/permissions";
import type { QueueQuery } from "../validation/queue";
import { createArticle } from "./articles";
import { db } from "./client";
import { transitionClaim } from "./claims/workflow";
import { resolveExportScope } from "./exports";
import { listQueue } from "./queue";

async function exported(actor: Actor, queue: QueueQuery, includeAll = true) {
  const { where, label } = await resolveExportScope(actor, { queue, includeAll });
  return { ids: (await db().claim.findMany({ where, select: { id: true } })).map((c) => c.id).sort(), label };
}
const listed = async (actor: Actor, queue: QueueQuery) =>
  (await listQueue(actor, { ...queue, limit: 100 })).rows.map((r) => r.id).sort();

describe("exporting a queue view", () => {
  it("exports exactly the claims the queue shows, for every view, filter and search", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const editor = await createTestUser("EDITOR");
    await verifiedClaim({
      reviewer,
      editor,
      body: `The harbour moved 41 million tonnes of cargo in 2025 (${Math.random()}), the port said.`,
    });
    const { id } = await createArticle(editor, {
      title: "Bridges",
      body: `The bridge cost 12 million euros in 2024 (${Math.random()}), the mayor said. Tolls rose by 8% last year, the operator said.`,
    });
    const [first] = await db().claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    await transitionClaim(editor, { claimId: first.id, version: await claimVersion(first.id), to: "START_REVIEW" });

    const queries: QueueQuery[] = [
      { view: "mine" },
      { view: "unassigned" },
      { view: "signoff" },
      { view: "all" },
      { view: "all", status: "IN_REVIEW" },
      { view: "all", type: "STATISTIC" },
      { view: "all", q: "bridge" },
      { view: "all", q: "tonnes harbour" },
    ];
    for (const query of queries) {
      const { ids } = await exported(editor, query);
      expect(ids, JSON.stringify(query)).toEqual(await listed(editor, query));
    }
    expect((await exported(editor, { view: "mine" })).ids).toEqual([first.id]);
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
