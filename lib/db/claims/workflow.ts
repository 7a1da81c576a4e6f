import "server-only";
import { signOffRefusal } from "../../workflow/sign-off";
import { assertCan, type Actor } from "../../auth/permissions";
import { STATUS_LABEL } from "../../claim-labels";
import { AppError } from "../../errors";
import { transitionSchema, type TransitionInput } from "../../validation/claims";
import { evidenceProblem } from "../../workflow/evidence";
import type { ClaimStatus } from "../generated/prisma/enums";
import type { Tx } from "../client";
import { db } from "../client";
import { recordAudit } from "../audit";
import { lockClaimAtVersion, updateClaimAtVersion } from "./claim-lock";
import { parseInput } from "../../validation/parse-input";
import { transitionAction } from "../../audit-actions";

type Step = {
  from: ClaimStatus;
  to: ClaimStatus;
  permission: "claim.edit" | "verdict.draft" | "verdict.signoff" | "verdict.publish";
};
const STEPS = {
  START_REVIEW: { from: "UNREVIEWED", to: "IN_REVIEW", permission: "claim.edit" },
  REQUEST_SIGNOFF: { from: "IN_REVIEW", to: "NEEDS_SIGNOFF", permission: "verdict.draft" },
  SIGN_OFF: { from: "NEEDS_SIGNOFF", to: "VERIFIED", permission: "verdict.signoff" },
  SEND_BACK: { from: "NEEDS_SIGNOFF", to: "IN_REVIEW", permission: "verdict.signoff" },
  // A verified (perhaps published) claim goes back to review for a correction; readers keep
  // seeing the published version until the new one is signed off and published.
  REOPEN: { from: "VERIFIED", to: "IN_REVIEW", permission: "verdict.publish" },
} as const satisfies Record<string, Step>;

async function draftWithSources(tx: Tx, claimId: string) {
  const verdict = await tx.verdict.findFirst({
    where: { claimId, signedOffAt: null },
    orderBy: { version: "desc" },
    include: { rating: true, sources: { include: { source: { select: { url: true, publisher: true } } } } },
  });
  if (!verdict) throw new AppError("INVALID_INPUT", "Write a verdict before asking for sign-off.");
  return verdict;
}

/**
 * Moves a claim through review: Unreviewed → In review → Needs sign-off → Verified, or back to In
 * review with a comment. Only editors sign off, never on a verdict they wrote, and the evidence
 * rules are checked here, on the server.
 */
export async function transitionClaim(actor: Actor, input: TransitionInput) {
  const { claimId, version, to, comment, overrideReason } = parseInput(transitionSchema, input);
  const step: Step = STEPS[to];
  assertCan(actor, step.permission);
  return db().$transaction(async (tx) => {
    const claim = await lockClaimAtVersion(tx, claimId, version);
    if (claim.status !== step.from) {
      throw new AppError(
        "INVALID_INPUT",
        `This claim is ${STATUS_LABEL[claim.status]}; it cannot move to ${STATUS_LABEL[step.to]} from there.`,
      );
    }
    if (to === "REQUEST_SIGNOFF" || to === "SIGN_OFF") {
      const verdict = await draftWithSources(tx, claimId);
      const sources =
        to === "SIGN_OFF"
          ? verdict.sources.map((s) => s.source)
          : await tx.source.findMany({ where: { claimId }, select: { url: true, publisher: true } });
      const problem = evidenceProblem({
        stage: to === "SIGN_OFF" ? "signoff" : "request",
        ratingSlug: verdict.rating.slug,
        sources,
        overrideReason,
      });
      if (problem) throw new AppError("INVALID_INPUT", problem);
      if (to === "SIGN_OFF") {
        const refusal = signOffRefusal(actor.id, verdict.authorId);
        if (refusal) throw new AppError("FORBIDDEN", refusal);
        await tx.verdict.update({
          where: { id: verdict.id },
          data: { signedOffById: actor.id, signedOffAt: new Date(), overrideReason: overrideReason ?? null },
        });
      }
    }
    if (to === "SEND_BACK" || to === "REOPEN") {
      if (!comment) {
        const message =
          to === "SEND_BACK"
            ? "Say what needs to change when sending a claim back."
            : "Say what needs correcting before reopening the claim.";
        throw new AppError("INVALID_INPUT", message, { comment: [message] });
      }
      await tx.comment.create({
        data: { claimId, authorId: actor.id, kind: to === "SEND_BACK" ? "SEND_BACK" : "NOTE", body: comment },
      });
    }
    await updateClaimAtVersion(tx, claimId, version, {
      status: step.to,
      ...(to === "START_REVIEW" && !claim.assigneeId ? { assigneeId: actor.id } : {}),
    });
    await recordAudit(tx, actor, {
      action: transitionAction(to),
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: claim.status },
      after: { status: step.to, comment, overrideReason },
    });
    return { id: claimId, version: version + 1, status: step.to };
  });
}
