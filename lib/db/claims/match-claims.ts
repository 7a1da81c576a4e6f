import "server-only";
import { claimTerms, MATCH_THRESHOLD, numbersConflict, termSimilarity } from "../../match/similarity";
import type { Quantity } from "../../extract/types";
import type { Tx } from "../client";

type Candidate = { claimId: string; claimText: string; claimQuantities: Quantity[]; otherId: string; otherText: string; otherQuantities: Quantity[]; trigram: number };

/**
 * Suggests, for each claim of an article, the most similar claims in other articles. Candidates come
 * from the trigram index (pg_trgm) and full-text search; each is then
 * scored on shared content words and normalised quantities. Pairs dismissed before are not suggested again.
 */
export async function suggestMatches(tx: Tx, articleId: string): Promise<number> {
  // Two index-backed candidate lists per claim (trigram similarity; all words in common), each bounded.
  const candidates = await tx.$queryRaw<Candidate[]>`
    SELECT c.id AS "claimId", c.text AS "claimText", c.quantities AS "claimQuantities",
           o.id AS "otherId", o.text AS "otherText", o.quantities AS "otherQuantities", similarity(c.text, o.text) AS trigram
    FROM "Claim" c
    CROSS JOIN LATERAL (
      (SELECT o.id, o.text, o.quantities FROM "Claim" o
       WHERE o.text % c.text AND o."articleId" <> c."articleId" AND o.status <> 'DISMISSED'
       ORDER BY o.text <-> c.text LIMIT 8)
      UNION
      (SELECT o.id, o.text, o.quantities FROM "Claim" o
       WHERE o."searchVector" @@ plainto_tsquery('english', c.text) AND o."articleId" <> c."articleId" AND o.status <> 'DISMISSED'
       LIMIT 8)
    ) o
    WHERE c."articleId" = ${articleId} AND c.status <> 'DISMISSED'`;
  const rows = candidates
    .map((c) => {
      const terms = termSimilarity(claimTerms(c.claimText, c.claimQuantities), claimTerms(c.otherText, c.otherQuantities));
      return { claimId: c.claimId, matchedClaimId: c.otherId, similarity: Math.max(terms, Number(c.trigram)), numberConflict: numbersConflict(c.claimQuantities, c.otherQuantities) };
    })
    .filter((r) => r.similarity >= MATCH_THRESHOLD);
  if (!rows.length) return 0;
  const result = await tx.claimMatch.createMany({ data: rows, skipDuplicates: true });
  return result.count;
}
