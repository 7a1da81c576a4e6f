import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db, type Tx } from "../client";
import { recordAudit } from "../audit";
import { assertNotBlind } from "./blind-review";
import { assertClaimMutable } from "./claim-guard";
import { parseInput } from "../../validation/parse-input";

export const decideMatchSchema = z.object({ matchId: z.string().min(1), decision: z.enum(["CONFIRMED", "DISMISSED"]) });
export type DecideMatchInput = z.infer<typeof decideMatchSchema>;

export type MatchSuggestion = {
  id: string;
  claimId: string;
  status: "SUGGESTED" | "CONFIRMED";
  similarity: number;
  numberConflict: boolean;
  /** The linked claim's verdict changed after the match was confirmed. */
  verdictChanged: boolean;
  other: {
    id: string;
    text: string;
    articleId: string;
    articleTitle: string;
    outlet: string | null;
    rating: string | null;
    ratedAt: Date | null;
    sources: number;
    hasVerdict: boolean;
  };
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
          id: true,
          text: true,
          articleId: true,
          article: { select: { title: true, outlet: true } },
          verdicts: {
            orderBy: { version: "desc" },
            take: 1,
            select: { version: true, signedOffAt: true, rating: { select: { label: true } } },
          },
          _count: { select: { sources: true } },
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
    verdictChanged:
      m.status === "CONFIRMED" && (m.matchedClaim.verdicts[0]?.version ?? 0) > (m.confirmedVerdictVersion ?? 0),
    other: {
      id: m.matchedClaim.id,
      text: m.matchedClaim.text,
      articleId: m.matchedClaim.articleId,
      articleTitle: m.matchedClaim.article.title,
      outlet: m.matchedClaim.article.outlet,
      rating: m.matchedClaim.verdicts[0]?.signedOffAt ? m.matchedClaim.verdicts[0].rating.label : null,
      ratedAt: m.matchedClaim.verdicts[0]?.signedOffAt ?? null,
      sources: m.matchedClaim._count.sources,
      hasVerdict: m.matchedClaim.verdicts.length > 0,
    },
  }));
}

/** A reviewer confirms a match (the claims are linked) or dismisses it (never suggested again). */
export async function decideMatch(actor: Actor, input: DecideMatchInput): Promise<{ id: string; status: string }> {
  assertCan(actor, "claim.edit");
  const { matchId, decision } = parseInput(decideMatchSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.claimMatch.findUnique({
      where: { id: matchId },
      select: { id: true, status: true, claimId: true, matchedClaimId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "That suggestion no longer exists.");
    const latest = await tx.verdict.findFirst({
      where: { claimId: before.matchedClaimId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const after = await tx.claimMatch.update({
      where: { id: matchId },
      data: {
        status: decision,
        decidedById: actor.id,
        decidedAt: new Date(),
        confirmedVerdictVersion: decision === "CONFIRMED" ? (latest?.version ?? 0) : null,
      },
      select: { id: true, status: true },
    });
    await recordAudit(tx, actor, {
      action: `claim.match.${decision.toLowerCase() as Lowercase<typeof decision>}`,
      entityType: "ClaimMatch",
      entityId: matchId,
      claimId: before.claimId,
      before: { status: before.status },
      after: { status: after.status, matchedClaimId: before.matchedClaimId },
    });
    return after;
  });
}

export const reuseSourcesSchema = z.object({ matchId: z.string().min(1) });

/** A confirmed match whose own claim can still change: reuse is refused otherwise, with the reason. */
async function confirmedMatchOrThrow(tx: Tx, matchId: string, what: "sources" | "verdict") {
  const match = await tx.claimMatch.findFirst({ where: { id: matchId, status: "CONFIRMED" } });
  if (!match) throw new AppError("NOT_FOUND", `Confirm the match before reusing its ${what}.`);
  const claim = await assertClaimMutable(tx, match.claimId, what);
  return { ...match, claim };
}

/** Copies the sources of a confirmed match's claim onto this claim, skipping addresses it already has. */
export async function reuseMatchSources(
  actor: Actor,
  input: z.input<typeof reuseSourcesSchema>,
): Promise<{ copied: number }> {
  assertCan(actor, "source.edit");
  const { matchId } = parseInput(reuseSourcesSchema, input);
  return db().$transaction(async (tx) => {
    const match = await confirmedMatchOrThrow(tx, matchId, "sources");
    const [theirs, ours] = await Promise.all([
      tx.source.findMany({ where: { claimId: match.matchedClaimId } }),
      tx.source.findMany({ where: { claimId: match.claimId }, select: { url: true } }),
    ]);
    const have = new Set(ours.map((s) => s.url));
    const copies = theirs
      .filter((s) => !have.has(s.url))
      .map(
        ({ id: _id, claimId: _claimId, version: _version, createdAt: _c, updatedAt: _u, addedById: _a, ...rest }) => ({
          ...rest,
          claimId: match.claimId,
          addedById: actor.id,
        }),
      );
    if (copies.length) await tx.source.createMany({ data: copies });
    await recordAudit(tx, actor, {
      action: "source.reuse",
      entityType: "ClaimMatch",
      entityId: matchId,
      claimId: match.claimId,
      after: { copied: copies.length, from: match.matchedClaimId },
    });
    return { copied: copies.length };
  });
}

/**
 * Starts this claim's verdict from the linked claim's latest one (rating, summary, rationale) as a
 * draft: it still goes through review and sign-off here, and rests only on this claim's own sources.
 */
export async function reuseMatchVerdict(
  actor: Actor,
  input: z.input<typeof reuseSourcesSchema>,
): Promise<{ verdictId: string }> {
  assertCan(actor, "verdict.draft");
  const { matchId } = parseInput(reuseSourcesSchema, input);
  return db().$transaction(async (tx) => {
    const match = await confirmedMatchOrThrow(tx, matchId, "verdict");
    await assertNotBlind(tx, actor, match.claimId);
    const theirs = await tx.verdict.findFirst({
      where: { claimId: match.matchedClaimId },
      orderBy: { version: "desc" },
    });
    if (!theirs) throw new AppError("NOT_FOUND", "The linked claim has no verdict yet.");
    const latest = await tx.verdict.findFirst({ where: { claimId: match.claimId }, orderBy: { version: "desc" } });
    if (latest && !latest.signedOffAt)
      throw new AppError("CONFLICT", "This claim already has a draft verdict; edit it instead.");
    const verdict = await tx.verdict.create({
      data: {
        claimId: match.claimId,
        version: (latest?.version ?? 0) + 1,
        ratingId: theirs.ratingId,
        summary: theirs.summary,
        rationale: theirs.rationale,
        authorId: actor.id,
      },
    });
    await tx.claim.update({
      where: { id: match.claimId },
      data: { version: { increment: 1 }, ...(match.claim.status === "UNREVIEWED" ? { status: "IN_REVIEW" } : {}) },
    });
    await recordAudit(tx, actor, {
      action: "verdict.reuse",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId: match.claimId,
      after: { from: theirs.id, summary: theirs.summary },
    });
    return { verdictId: verdict.id };
  });
}
