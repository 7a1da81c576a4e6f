import "server-only";
import { claimTerms, MATCH_THRESHOLD, numbersConflict, termSimilarity } from "../../match/similarity";
import type { Quantity } from "../../extract/types";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db, type Tx } from "../client";

type Candidate = {
  claimId: string;
  claimText: string;
  claimQuantities: Quantity[];
  otherId: string;
  otherText: string;
  otherQuantities: Quantity[];
  trigram: number;
};

/**
 * Suggests, for each claim of an article, the most similar claims in other articles. Candidates come
 * from the trigram index (pg_trgm) and full-text search; each is then
 * scored on shared content words and normalised quantities. Pairs dismissed before are not suggested again.
 */
export async function suggestMatches(tx: Tx, articleId: string, claimIds?: string[]): Promise<number> {
  // Two index-backed candidate lists per claim (trigram similarity; all words in common), each bounded
  // (the trigram list ranks at most MAX_CANDIDATES rows).
  const candidates = await tx.$queryRaw<Candidate[]>`
    SELECT c.id AS "claimId", c.text AS "claimText", c.quantities AS "claimQuantities",
           o.id AS "otherId", o.text AS "otherText", o.quantities AS "otherQuantities", similarity(c.text, o.text) AS trigram
    FROM "Claim" c
    CROSS JOIN LATERAL (
      (SELECT p.id, p.text, p.quantities FROM (
         SELECT o.id, o.text, o.quantities FROM "Claim" o
         WHERE o.text % c.text AND o."articleId" <> c."articleId" AND o.status <> 'DISMISSED'
         LIMIT ${MAX_CANDIDATES}) p
       ORDER BY p.text <-> c.text LIMIT 8)
      UNION
      (SELECT o.id, o.text, o.quantities FROM "Claim" o
       WHERE o."searchVector" @@ plainto_tsquery('english', left(c.text, ${MAX_QUERY_CHARS})) AND o."articleId" <> c."articleId" AND o.status <> 'DISMISSED'
       LIMIT 8)
    ) o
    WHERE c."articleId" = ${articleId} AND c.status <> 'DISMISSED' AND (${claimIds ?? null}::text[] IS NULL OR c.id = ANY(${claimIds ?? null}::text[]))`;
  const rows = candidates
    .map((c) => {
      const terms = termSimilarity(
        claimTerms(c.claimText, c.claimQuantities),
        claimTerms(c.otherText, c.otherQuantities),
      );
      return {
        claimId: c.claimId,
        matchedClaimId: c.otherId,
        similarity: Math.max(terms, Number(c.trigram)),
        numberConflict: numbersConflict(c.claimQuantities, c.otherQuantities),
      };
    })
    .filter((r) => r.similarity >= MATCH_THRESHOLD);
  if (!rows.length) return 0;
  const result = await tx.claimMatch.createMany({ data: rows, skipDuplicates: true });
  return result.count;
}

/** Trigram candidates ranked per claim: thousands of near-identical sentences cannot make one claim's search quadratic. */
const MAX_CANDIDATES = 100;
/** A claim's words past this do not change its best matches, and a huge text query could exhaust the stack. */
const MAX_QUERY_CHARS = 600;
/** Claims matched per short transaction, each under its own statement time limit; progress is recorded after each. */
export const MATCH_BATCH = 25;
/** Matching looks at an article's most check-worthy claims only: beyond that it is a search, not a suggestion. */
export const MAX_MATCHED_CLAIMS = 2_000;
/** Up to this many claims are matched before the save returns (a fraction of a second); more are matched in the background. */
export const INLINE_MATCH_CLAIMS = 50;
const BATCH_TIMEOUT = "5s";
/** The whole batch (waiting for a connection, then its transaction) on a busy server: above the statement limit. */
const BATCH_LIMIT_MS = 10_000;

/** A batch that ran out of time: its statement (Postgres 57014) or its transaction (Prisma P2028). */
function outOfTime(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === "57014" || code === "P2028" || /statement timeout|Transaction not found/i.test(String(err));
}

/**
 * Suggests matches for an article's claims in bounded batches, each its own transaction with a
 * statement time limit: a batch that runs out of time is skipped (suggestions are a help, not a
 * record), so matching can never hold a connection or the article's own save. Progress is kept on
 * the article, in Postgres, so the article page on any server can show it.
 */
export async function matchArticleClaims(articleId: string): Promise<{ suggested: number; skippedBatches: number }> {
  const claims = await db().claim.findMany({
    where: { articleId, status: { not: "DISMISSED" } },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: MAX_MATCHED_CLAIMS,
    select: { id: true },
  });
  let suggested = 0;
  let skippedBatches = 0;
  await recordProgress(articleId, { total: claims.length, done: 0 });
  for (let i = 0; i < claims.length; i += MATCH_BATCH) {
    const ids = claims.slice(i, i + MATCH_BATCH).map((c) => c.id);
    try {
      suggested += await db().$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '${BATCH_TIMEOUT}'`);
          return suggestMatches(tx, articleId, ids);
        },
        { maxWait: BATCH_LIMIT_MS, timeout: BATCH_LIMIT_MS },
      );
    } catch (err) {
      if (!outOfTime(err)) throw err;
      skippedBatches++;
    }
    await recordProgress(articleId, { total: claims.length, done: Math.min(i + MATCH_BATCH, claims.length) });
  }
  return { suggested, skippedBatches };
}

// Raw, so a progress step does not count as an edit of the article (its updatedAt).
async function recordProgress(articleId: string, { total, done }: { total: number; done: number }): Promise<void> {
  await db().$executeRaw`
    UPDATE "Article" SET "matchingTotal" = ${total}, "matchingDone" = ${done}, "matchingUpdatedAt" = now(),
      "matchedAt" = CASE WHEN ${done} >= ${total} THEN now() ELSE NULL END
    WHERE id = ${articleId}`;
}

export type MatchingProgress = { total: number; done: number; finished: boolean; stalled: boolean };

/** Matching that has not moved for this long stopped (its server went away); the page says so instead of waiting. */
const STALLED_AFTER_MS = 60_000;

/** How far matching an article's claims has come, from the article's own columns. */
export function toMatchingProgress(
  row: { matchingTotal: number; matchingDone: number; matchingUpdatedAt: Date | null; matchedAt: Date | null },
  now = new Date(),
): MatchingProgress {
  const finished = row.matchedAt !== null;
  const quietFor = row.matchingUpdatedAt ? now.getTime() - row.matchingUpdatedAt.getTime() : Infinity;
  return {
    total: row.matchingTotal,
    done: row.matchingDone,
    finished,
    stalled: !finished && quietFor > STALLED_AFTER_MS,
  };
}

/** How far matching an article's claims has come, as any server sees it. */
export async function matchingProgress(actor: Actor, articleId: string): Promise<MatchingProgress> {
  assertCan(actor, "article.read");
  const row = await db().article.findUnique({
    where: { id: articleId },
    select: { matchingTotal: true, matchingDone: true, matchingUpdatedAt: true, matchedAt: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "That article does not exist or was removed.");
  return toMatchingProgress(row);
}

let queue: Promise<unknown> = Promise.resolve();

/** Matching of large articles, one article at a time per process, so it uses at most one connection. */
export function scheduleArticleMatching(articleId: string): Promise<{ suggested: number; skippedBatches: number }> {
  const run = queue.then(() => matchArticleClaims(articleId));
  queue = run.catch((err: unknown) =>
    console.error(`[matching] article ${articleId}: ${err instanceof Error ? err.message : String(err)}`),
  );
  return run;
}

/** After an article's claims are stored: small articles are matched before the save returns, large ones in the background. */
export async function matchAfterSave(articleId: string, claimCount: number): Promise<void> {
  const job = scheduleArticleMatching(articleId);
  if (matchesInline(claimCount)) await job;
  else job.catch(() => undefined);
}

export function matchesInline(claimCount: number): boolean {
  return claimCount <= INLINE_MATCH_CLAIMS;
}
