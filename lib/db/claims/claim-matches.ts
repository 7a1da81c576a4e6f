import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db } from "../client";
import { recordAudit } from "../audit";

export const decideMatchSchema = z.object({ matchId: z.string().min(1), decision: z.enum(["CONFIRMED", "DISMISSED"]) });
export type DecideMatchInput = z.infer<typeof decideMatchSchema>;

export type MatchSuggestion = {
  id: string;
  claimId: string;
  status: "SUGGESTED" | "CONFIRMED";
  similarity: number;
  numberConflict: boolean;
  other: { id: string; text: string; articleId: string; articleTitle: string; outlet: string | null; rating: string | null; ratedAt: Date | null };
};

/** Suggested and confirmed matches for the claims of one article (dismissed ones are not shown again). */
export async function listMatchesForArticle(actor: Actor, articleId: string): Promise<MatchSuggestion[]> {
  assertCan(actor, "article.read");
  const rows = await db().claimMatch.findMany({
    where: { claim: { articleId }, status: { not: "DISMISSED" } },
    orderBy: { similarity: "desc" },
    include: {
      matchedClaim: {
        select: {
          id: true, text: true, articleId: true,
          article: { select: { title: true, outlet: true } },
          verdicts: { where: { signedOffAt: { not: null } }, orderBy: { version: "desc" }, take: 1, select: { signedOffAt: true, rating: { select: { label: true } } } },
        },
      },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    claimId: m.claimId,
    status: m.status as MatchSuggestion["status"],
    similarity: m.similarity,
    numberConflict: m.numberConflict,
    other: {
      id: m.matchedClaim.id,
      text: m.matchedClaim.text,
      articleId: m.matchedClaim.articleId,
      articleTitle: m.matchedClaim.article.title,
      outlet: m.matchedClaim.article.outlet,
      rating: m.matchedClaim.verdicts[0]?.rating.label ?? null,
      ratedAt: m.matchedClaim.verdicts[0]?.signedOffAt ?? null,
    },
  }));
}

/** A reviewer confirms a match (the claims are linked) or dismisses it (never suggested again). */
export async function decideMatch(actor: Actor, input: DecideMatchInput): Promise<{ id: string; status: string }> {
  assertCan(actor, "claim.edit");
  const { matchId, decision } = decideMatchSchema.parse(input);
  return db().$transaction(async (tx) => {
    const before = await tx.claimMatch.findUnique({ where: { id: matchId }, select: { id: true, status: true, claimId: true, matchedClaimId: true } });
    if (!before) throw new AppError("NOT_FOUND", "That suggestion no longer exists.");
    const after = await tx.claimMatch.update({ where: { id: matchId }, data: { status: decision, decidedById: actor.id, decidedAt: new Date() }, select: { id: true, status: true } });
    await recordAudit(tx, actor, { action: `claim.match.${decision.toLowerCase()}`, entityType: "ClaimMatch", entityId: matchId, claimId: before.claimId, before: { status: before.status }, after: { status: after.status, matchedClaimId: before.matchedClaimId } });
    return after;
  });
}
