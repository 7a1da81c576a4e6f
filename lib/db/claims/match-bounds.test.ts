import { describe, expect, it } from "vitest";
import { createTestUser } from "../../../test/factories";
import { createArticle } from "../articles";
import { db } from "../client";
import { INLINE_MATCH_CLAIMS, MATCH_BATCH, scheduleArticleMatching } from "./find-matches";

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
    const count = INLINE_MATCH_CLAIMS + MATCH_BATCH / 2;
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
  });
});
