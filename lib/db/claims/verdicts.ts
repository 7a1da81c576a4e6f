import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { verdictSchema, type VerdictInput } from "../../validation/claims";
import { db, type Tx } from "../client";
import { recordAudit } from "../audit";
import { assertNotBlind } from "./blind-review";
import { assertClaimMutable } from "./claim-guard";
import { updateClaimAtVersion } from "./claim-lock";
import { parseInput } from "../../validation/parse-input";

/** A rating someone may choose now: on the scale and not retired. */
export async function activeRatingOrThrow(tx: Tx, ratingId: string) {
  const rating = await tx.rating.findFirst({ where: { id: ratingId, active: true } });
  if (!rating)
    throw new AppError("INVALID_INPUT", "Choose a rating from the scale.", {
      ratingId: ["Choose a rating from the scale."],
    });
  return rating;
}

/**
 * Saves the draft verdict: the latest version while it is unsigned, a new version otherwise
 * (signed-off versions are frozen). The claim's version guards against two people saving at once.
 */
export async function saveVerdict(actor: Actor, input: VerdictInput) {
  assertCan(actor, "verdict.draft");
  const { claimId, version, ratingId, summary, rationale, sourceIds } = parseInput(verdictSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await assertClaimMutable(tx, claimId, "verdict");
    await assertNotBlind(tx, actor, claimId);
    const rating = await activeRatingOrThrow(tx, ratingId);
    const sources = await tx.source.count({ where: { id: { in: sourceIds }, claimId } });
    if (sources !== sourceIds.length)
      throw new AppError("INVALID_INPUT", "A verdict can only rest on this claim's own sources.");
    const latest = await tx.verdict.findFirst({ where: { claimId }, orderBy: { version: "desc" } });
    await updateClaimAtVersion(tx, claimId, version, {
      status: claim.status === "UNREVIEWED" ? "IN_REVIEW" : claim.status,
    });
    const links = { create: sourceIds.map((sourceId) => ({ sourceId })) };
    const verdict =
      latest && !latest.signedOffAt
        ? await tx.verdict.update({
            where: { id: latest.id },
            data: { ratingId, summary, rationale, authorId: actor.id, sources: { deleteMany: {}, ...links } },
          })
        : await tx.verdict.create({
            data: {
              claimId,
              version: (latest?.version ?? 0) + 1,
              ratingId,
              summary,
              rationale,
              authorId: actor.id,
              sources: links,
            },
          });
    await recordAudit(tx, actor, {
      action: "verdict.save",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId,
      before: latest && !latest.signedOffAt ? { rating: latest.ratingId, summary: latest.summary } : undefined,
      after: { rating: rating.label, summary, sources: sourceIds.length },
    });
    return { id: verdict.id, version: version + 1 };
  });
}
