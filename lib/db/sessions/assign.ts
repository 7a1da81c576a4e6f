import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { planAssignments } from "../../sessions/assign";
import { assignSchema, autoAssignSchema, type AssignInput, type AutoAssignInput } from "../../validation/sessions";
import { OPEN_STATUSES } from "../../validation/queue";
import { db, type Tx } from "../client";
import { recordAudit } from "../audit";
import { sessionClaimsWhere, type SessionScope } from "../session-scope";
import { parseInput } from "../../validation/parse-input";
import { sessionForChange } from "./access";

async function claimsInSession(tx: Tx, session: SessionScope, claimIds: string[]) {
  const found = await tx.claim.findMany({
    where: { id: { in: claimIds }, ...sessionClaimsWhere(session) },
    select: { id: true },
  });
  if (found.length !== new Set(claimIds).size)
    throw new AppError("INVALID_INPUT", "Some of the selected claims are not in this session.");
  return found.map((c) => c.id);
}

async function replaceAssignments(tx: Tx, sessionId: string, plan: Map<string, string[]>) {
  await tx.assignment.deleteMany({ where: { sessionId, claimId: { in: [...plan.keys()] } } });
  await tx.assignment.createMany({
    data: [...plan].flatMap(([claimId, users]) => users.map((userId) => ({ sessionId, claimId, userId }))),
  });
  // The claim's own assignee (used by the queue) is the first reviewer; assigning is not an edit
  // of the claim, so its version stays and nobody's open form goes stale.
  for (const [claimId, users] of plan)
    await tx.claim.update({ where: { id: claimId }, data: { assigneeId: users[0] ?? null } });
}

/** Assigns the selected claims to one member (or unassigns them). */
export async function assignClaims(actor: Actor, input: AssignInput) {
  assertCan(actor, "claim.assign");
  const { sessionId, claimIds, userId } = parseInput(assignSchema, input);
  return db().$transaction(async (tx) => {
    const session = await sessionForChange(tx, actor, sessionId);
    if (userId && !session.members.some((m) => m.userId === userId))
      throw new AppError("INVALID_INPUT", "Assign claims to a member of this session.");
    const ids = await claimsInSession(tx, session, claimIds);
    await replaceAssignments(tx, sessionId, new Map(ids.map((id) => [id, userId ? [userId] : []])));
    await recordAudit(tx, actor, {
      action: "session.assign",
      entityType: "ReviewSession",
      entityId: sessionId,
      after: { claims: ids.length, userId },
    });
    return { assigned: ids.length };
  });
}

/** Shares the session's unassigned open claims among its members, round-robin or by current load. */
export async function autoAssign(actor: Actor, input: AutoAssignInput) {
  assertCan(actor, "claim.assign");
  const { sessionId, strategy } = parseInput(autoAssignSchema, input);
  return db().$transaction(async (tx) => {
    const session = await sessionForChange(tx, actor, sessionId);
    const claims = await tx.claim.findMany({
      where: {
        ...sessionClaimsWhere(session),
        status: { in: [...OPEN_STATUSES] },
        assignments: { none: { sessionId } },
      },
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: { id: true },
    });
    const reviewerIds = session.members.map((m) => m.userId);
    const loads = await tx.claim.groupBy({
      by: ["assigneeId"],
      where: { assigneeId: { in: reviewerIds }, status: { in: [...OPEN_STATUSES] } },
      _count: { _all: true },
    });
    const load = Object.fromEntries(loads.map((l) => [l.assigneeId!, l._count._all]));
    let plan: Map<string, string[]>;
    try {
      plan = planAssignments({
        claimIds: claims.map((c) => c.id),
        reviewerIds,
        strategy,
        perClaim: session.blindDoubleReview ? 2 : 1,
        load,
      });
    } catch (err) {
      throw new AppError("INVALID_INPUT", (err as Error).message);
    }
    await replaceAssignments(tx, sessionId, plan);
    await recordAudit(tx, actor, {
      action: "session.auto_assign",
      entityType: "ReviewSession",
      entityId: sessionId,
      after: { claims: plan.size, strategy },
    });
    return { assigned: plan.size };
  });
}
