import "server-only";
import { type Actor } from "../../auth/permissions";
import { agreement } from "../../stats/agreement";
import { OPEN_STATUSES, isOpenStatus } from "../../validation/queue";
import { db } from "../client";
import { sessionClaimsWhere } from "../session-scope";
import type { AuditAction } from "../../audit-actions";
import { requireSessionAccess } from "./access";

/** Counts by status and rating, the burn-down of open claims, and each reviewer's throughput. */
export async function sessionProgress(actor: Actor, sessionId: string) {
  return progressOf(await requireSessionAccess(actor, sessionId));
}

async function progressOf(session: Awaited<ReturnType<typeof requireSessionAccess>>) {
  const sessionId = session.id;
  const claims = await db().claim.findMany({
    where: sessionClaimsWhere(session),
    select: {
      id: true,
      status: true,
      verdicts: {
        orderBy: { version: "desc" },
        take: 1,
        select: { rating: { select: { label: true, color: true, ordinal: true } } },
      },
    },
  });
  const byStatus: Record<string, number> = { UNREVIEWED: 0, IN_REVIEW: 0, NEEDS_SIGNOFF: 0, VERIFIED: 0, DISMISSED: 0 };
  const byRating = new Map<string, { label: string; color: string; ordinal: number; count: number }>();
  for (const c of claims) {
    byStatus[c.status]++;
    const rating = c.status === "VERIFIED" ? c.verdicts[0]?.rating : undefined;
    if (rating) byRating.set(rating.label, { ...rating, count: (byRating.get(rating.label)?.count ?? 0) + 1 });
  }
  const closing = await db().auditEvent.findMany({
    where: {
      claimId: { in: claims.map((c) => c.id) },
      createdAt: { gte: session.createdAt },
      action: { in: ["claim.sign_off", "claim.dismiss", "claim.restore", "claim.reopen"] satisfies AuditAction[] },
    },
    orderBy: { createdAt: "asc" },
    select: { action: true, createdAt: true },
  });
  // Work back from now: each sign-off or dismissal closed one claim, each reopen or restore opened one.
  let open = claims.filter((c) => isOpenStatus(c.status)).length;
  const points: { at: number; open: number }[] = [{ at: (session.closedAt ?? new Date()).getTime(), open }];
  for (const e of [...closing].reverse()) {
    open += e.action === "claim.sign_off" || e.action === "claim.dismiss" ? 1 : -1;
    points.unshift({ at: e.createdAt.getTime(), open });
  }
  points.unshift({ at: session.createdAt.getTime(), open: points[0].open });
  const [members, assignments] = await Promise.all([
    db().sessionMember.findMany({
      where: { sessionId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    db().assignment.findMany({ where: { sessionId }, select: { claimId: true, userId: true } }),
  ]);
  const status = new Map(claims.map((c) => [c.id, c.status]));
  const reviewers = members.map(({ user }) => {
    const mine = assignments.filter((a) => a.userId === user.id).map((a) => status.get(a.claimId));
    return {
      name: user.name,
      assigned: mine.length,
      verified: mine.filter((s) => s === "VERIFIED").length,
      inProgress: mine.filter((s) => s === "IN_REVIEW" || s === "NEEDS_SIGNOFF").length,
    };
  });
  return {
    total: claims.length,
    byStatus,
    byRating: [...byRating.values()].sort((a, b) => b.ordinal - a.ordinal),
    burndown: points,
    reviewers,
    deadline: session.deadline?.getTime() ?? null,
  };
}

/** The closing summary: what was checked, how it was rated, how long it took, what is left, and blind agreement. */
export async function sessionSummary(actor: Actor, sessionId: string) {
  const session = await requireSessionAccess(actor, sessionId);
  const progress = await progressOf(session);
  const open = await db().claim.findMany({
    where: { ...sessionClaimsWhere(session), status: { in: [...OPEN_STATUSES] } },
    select: { id: true, text: true, status: true, articleId: true },
    orderBy: { createdAt: "asc" },
  });
  const blind = await db().blindRating.findMany({
    where: { sessionId },
    orderBy: { createdAt: "asc" },
    select: { claimId: true, rating: { select: { slug: true } } },
  });
  const byClaim = new Map<string, string[]>();
  for (const b of blind) byClaim.set(b.claimId, [...(byClaim.get(b.claimId) ?? []), b.rating.slug]);
  const pairs = [...byClaim.values()].filter((r) => r.length >= 2).map((r) => [r[0], r[1]] as const);
  const end = session.closedAt ?? new Date();
  return {
    session,
    progress,
    open,
    durationMs: end.getTime() - session.createdAt.getTime(),
    agreement: session.blindDoubleReview ? agreement(pairs) : null,
  };
}
