import "server-only";
import type { ClaimOrigin } from "../../extract/configured-extractor";
import type { ExtractedClaimType as ExtractedType, ExtractedClaim } from "../../extract/types";
import { AppError } from "../../errors";
import type { ClaimType } from "../generated/prisma/enums";
import type { Tx } from "../client";

const TYPE: Record<ExtractedType, ClaimType> = {
  statistic: "STATISTIC",
  event: "EVENT",
  quote: "QUOTE",
  comparison: "COMPARISON",
  prediction: "PREDICTION",
  causal: "CAUSAL",
  other: "OTHER",
};

/** The invariant every stored claim keeps: its quote is exactly the article's words at its offsets. */
export function assertSpanMatches(body: string, claim: { start: number; end: number; quote: string }): void {
  if (
    claim.start < 0 ||
    claim.end > body.length ||
    claim.start >= claim.end ||
    body.slice(claim.start, claim.end) !== claim.quote
  ) {
    throw new AppError("INVALID_INPUT", "The quoted words do not match the article at that position.");
  }
}

export function toClaimRow(articleId: string, body: string, claim: ExtractedClaim) {
  assertSpanMatches(body, claim);
  return {
    articleId,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    type: TYPE[claim.type],
    score: claim.score,
    speaker: claim.speaker,
    quantities: claim.quantities,
    dates: claim.dates,
  };
}

/**
 * Stores claims extracted from an article inside the caller's transaction (extraction itself runs
 * before the transaction: a language model may take seconds, and a transaction should not wait).
 */
export async function insertExtractedClaims(
  tx: Tx,
  article: { id: string; body: string },
  extracted: { claims: ExtractedClaim[]; origin: ClaimOrigin },
  keep: (c: ExtractedClaim) => boolean = () => true,
): Promise<number> {
  const rows = extracted.claims
    .filter(keep)
    .map((c) => ({ ...toClaimRow(article.id, article.body, c), origin: extracted.origin }));
  if (rows.length) await tx.claim.createMany({ data: rows });
  return rows.length;
}
