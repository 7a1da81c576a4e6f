import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../test/factories";
import { createArticle } from "../articles";
import { db } from "../client";
import {
  INLINE_MATCH_CLAIMS,
  MATCH_BATCH,
  matchingProgress,
  scheduleArticleMatching,
  toMatchingProgress,
} from "./find-matches";

const article = (n: number, edition: string) =>
  [
    `Flood budgets, ${edition} edition`,
    ...Array.from(
      { length: n },
      (_, i) => `The council of district ${i} approved a flood defence budget of ${i + 3} million pounds on Monday.`,
    ),
  ].join("\n\n");

// Issue 19.3: no query may hold a connection for minutes, and matching a huge article is bounded.
describe("bounded database work", () => {
  it("every statement of the app runs under a time limit", async () => {
    const [row] = await db().$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(row.statement_timeout).toBe("15s");
  });

  it("matches a large article in batches after the save, reaching claims past the first batch", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const count = INLINE_MATCH_CLAIMS + Math.ceil(MATCH_BATCH / 2);
    await createArticle(reviewer, { title: "First", body: article(count, "morning") });
    const second = await createArticle(reviewer, { title: "Second", body: article(count, "evening") });
    expect(second.claims).toBe(count);
    // The save returned with the claims stored; matching of an article this size finishes in the background.
    const { skippedBatches } = await scheduleArticleMatching(second.id);
    expect(skippedBatches).toBe(0);
    const matched = await db().claimMatch.findMany({
      where: { claim: { articleId: second.id } },
      select: { claimId: true },
    });
    expect(new Set(matched.map((m) => m.claimId)).size).toBeGreaterThan(MATCH_BATCH);
    // Every server reads how far it came from the article itself.
    expect(await matchingProgress(reviewer, second.id)).toEqual({
      total: count,
      done: count,
      finished: true,
      stalled: false,
    });
  });

  it("tells matching that is under way from matching whose server stopped answering", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const at = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000);
    const running = { matchingTotal: 80, matchingDone: 25, matchingUpdatedAt: at(5), matchedAt: null };
    expect(toMatchingProgress(running, now)).toEqual({ total: 80, done: 25, finished: false, stalled: false });
    expect(toMatchingProgress({ ...running, matchingUpdatedAt: at(120) }, now).stalled).toBe(true);
    expect(toMatchingProgress({ ...running, matchingUpdatedAt: at(120), matchedAt: at(100) }, now)).toMatchObject({
      finished: true,
      stalled: false,
    });
  });
});
