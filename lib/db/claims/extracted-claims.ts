import "server-only";
import { extractClaims } from "../../extract/extract";
import type { ClaimType as ExtractedType, ExtractedClaim } from "../../extract/types";
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
  if (claim.start < 0 || claim.end > body.length || claim.start >= claim.end || body.slice(claim.start, claim.end) !== claim.quote) {
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

/** Extracts and stores an article's claims inside the caller's transaction. */
export async function insertExtractedClaims(tx: Tx, article: { id: string; body: string; publishedAt: Date | null }, keep: (c: ExtractedClaim) => boolean = () => true): Promise<number> {
  const { claims } = extractClaims(article.body, { referenceDate: article.publishedAt ?? undefined });
  const rows = claims.filter(keep).map((c) => toClaimRow(article.id, article.body, c));
  if (rows.length) await tx.claim.createMany({ data: rows });
  return rows.length;
}
