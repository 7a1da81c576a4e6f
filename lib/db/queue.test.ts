import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/factories";
import { createArticle } from "./articles";
import { db } from "./client";
import { listQueue } from "./queue";

async function fixture() {
  const editor = await createTestUser("EDITOR");
  const reviewer = await createTestUser("REVIEWER");
  const { id } = await createArticle(editor, { title: "Q", body: `Queue fixture ${Math.random()}` });
  const make = (text: string, score: number, extra: object = {}) =>
    db().claim.create({ data: { articleId: id, text, quote: "x", start: 0, end: 1, score, ...extra } });
  const claims = {
    high: await make("The council spent $4 million on flood barriers in 2023.", 0.9),
    mid: await make("Unemployment fell to 3.5% in October.", 0.6, { assigneeId: reviewer.id, status: "IN_REVIEW" }),
    low: await make("The mayor visited the harbour on Monday.", 0.2),
    done: await make("Flood barriers cost $4 million.", 0.8, { status: "VERIFIED" }),
  };
  return { editor, reviewer, claims, articleId: id };
}

describe("the review queue", () => {
  it("shows my assigned claims, and unassigned open claims by check-worthiness", async () => {
    const { reviewer, claims, articleId } = await fixture();
    expect((await listQueue(reviewer, { view: "mine" })).rows.map((r) => r.id)).toEqual([claims.mid.id]);
    const mine = new Set(Object.values(claims).map((c) => c.id));
    const unassigned = (await listQueue(reviewer, { view: "unassigned" })).rows.filter(
      (r) => r.articleId === articleId && mine.has(r.id),
    );
    expect(unassigned.map((r) => r.id)).toEqual([claims.high.id, claims.low.id]);
  });

  it("searches claim text through the full-text index", async () => {
    const { editor, claims, articleId } = await fixture();
    const found = (await listQueue(editor, { view: "all", q: "flood barriers" })).rows.filter(
      (r) => r.articleId === articleId,
    );
    expect(found.map((r) => r.id).sort()).toEqual([claims.high.id, claims.done.id].sort());
  });

  it("pages with a cursor, without repeats or gaps", async () => {
    const { editor } = await fixture();
    const all = (await listQueue(editor, { view: "all", limit: 100 })).rows.map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue(editor, { view: "all", limit: 2, cursor });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("refuses the sign-off view to reviewers, and a forged cursor", async () => {
    const { reviewer, editor } = await fixture();
    await expect(listQueue(reviewer, { view: "signoff" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listQueue(editor, { view: "all", cursor: "not-a-cursor" })).rejects.toMatchObject({
      userMessage: "That page link is out of date; start again from the first page.",
    });
    await expect(listQueue(editor, { view: "bogus" as "all" })).rejects.toThrow();
  });
});
