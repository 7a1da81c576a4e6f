import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { blindRatingSchema, type BlindRatingInput } from "../../validation/sessions";
import { db } from "../client";
import { activeRatingOrThrow } from "../claims/verdicts";
import { parseInput } from "../../validation/parse-input";
import { sessionForChange } from "./access";

/** A reviewer's own rating in a blind double review; only reviewers assigned to the claim may give one. */
export async function rateBlind(actor: Actor, input: BlindRatingInput) {
  assertCan(actor, "verdict.draft");
  const { sessionId, claimId, ratingId } = parseInput(blindRatingSchema, input);
  return db().$transaction(async (tx) => {
    const session = await sessionForChange(tx, actor, sessionId);
    if (!session.blindDoubleReview)
      throw new AppError("INVALID_INPUT", "This session does not use blind double review.");
    const assigned = await tx.assignment.count({ where: { sessionId, claimId, userId: actor.id } });
    if (!assigned) throw new AppError("FORBIDDEN", "Only the two reviewers assigned to this claim rate it blind.");
    await activeRatingOrThrow(tx, ratingId);
    await tx.blindRating.upsert({
      where: { sessionId_claimId_userId: { sessionId, claimId, userId: actor.id } },
      create: { sessionId, claimId, userId: actor.id, ratingId },
      update: { ratingId },
    });
    return { claimId };
  });
}
