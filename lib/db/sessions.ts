import "server-only";
import { assertCan, can, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { planAssignments } from "../sessions/assign";
import { agreement } from "../stats/agreement";
import {
  assignSchema,
  autoAssignSchema,
  blindRatingSchema,
  closeSessionSchema,
  createSessionSchema,
  type AssignInput,
  type AutoAssignInput,
  type BlindRatingInput,
  type CreateSessionInput,
  type SessionBoardQuery,
} from "../validation/sessions";
import { OPEN_STATUSES, isOpenStatus } from "../validation/queue";
import type { Prisma } from "./generated/prisma/client";
import { db, type Tx } from "./client";
import { recordAudit } from "./audit";
import { activeRatingOrThrow } from "./claims/verdicts";
import { sessionClaimsWhere, type SessionScope } from "./session-scope";
import { parseInput } from "../validation/parse-input";
import type { AuditAction } from "../audit-actions";

const PRESENCE_WINDOW_MS = 60_000;

/**
 * The one check for reading or following a session: editors and admins see every session,
 * anyone else only the sessions they are a member of.
 */
export async function requireSessionAccess(
  actor: Actor | null,
  sessionId: string,
  tx: Tx | ReturnType<typeof db> = db(),
) {
  assertCan(actor, "article.read");
  const session = await tx.reviewSession.findUnique({
    where: { id: sessionId },
    include: { members: { select: { userId: true } } },
  });
  if (!session) throw new AppError("NOT_FOUND", "That session does not exist.");
  if (!can(actor, "session.manage") && !session.members.some((m) => m.userId === actor.id)) {
    throw new AppError("FORBIDDEN", "Only members of this session (and editors) can open it.");
  }
  return session;
}

export async function createSession(actor: Actor, input: CreateSessionInput) {
  assertCan(actor, "session.manage");
  const data = parseInput(createSessionSchema, input);
  if (data.blindDoubleReview && data.reviewerIds.length < 2) {
    throw new AppError("INVALID_INPUT", "A blind double review needs at least two reviewers.", {
      reviewerIds: ["Choose at least two reviewers."],
    });
  }
  return db().$transaction(async (tx) => {
    const articles = await tx.article.count({ where: { id: { in: data.articleIds } } });
    if (articles !== new Set(data.articleIds).size)
      throw new AppError("INVALID_INPUT", "One of the chosen articles no longer exists; reload the page.");
    const people = await tx.user.count({ where: { id: { in: data.reviewerIds }, disabled: false } });
    if (people !== new Set(data.reviewerIds).size)
      throw new AppError("INVALID_INPUT", "One of the chosen reviewers is not an active user.");
    const session = await tx.reviewSession.create({
      data: {
        name: data.name,
        deadline: data.deadline ?? null,
        blindDoubleReview: data.blindDoubleReview,
        claimType: data.claimType ?? null,
        minScore: data.minScore ?? null,
        createdById: actor.id,
        articles: { create: [...new Set(data.articleIds)].map((articleId) => ({ articleId })) },
        members: { create: [...new Set(data.reviewerIds)].map((userId) => ({ userId })) },
      },
    });
    await recordAudit(tx, actor, {
      action: "session.create",
      entityType: "ReviewSession",
      entityId: session.id,
      after: { name: data.name, articles: data.articleIds.length, reviewers: data.reviewerIds.length },
    });
    return { id: session.id };
  });
}

export async function listSessions(actor: Actor) {
  assertCan(actor, "article.read");
  return db().reviewSession.findMany({
    where: can(actor, "session.manage") ? {} : { members: { some: { userId: actor.id } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: { createdBy: { select: { name: true } }, _count: { select: { articles: true, members: true } } },
  });
}

/** What an editor needs to set a session up: articles and active people. */
export async function sessionChoices(actor: Actor) {
  assertCan(actor, "session.manage");
  const [articles, people] = await Promise.all([
    db().article.findMany({
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, title: true, outlet: true, _count: { select: { claims: true } } },
    }),
    db().user.findMany({
      where: { disabled: false },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true },
    }),
  ]);
  return { articles, people };
}

/**
 * The session page: every claim with status, assignees and rating, grouped by article. In a blind
 * double review a reviewer sees only their own rating; editors see both once both are in.
 */
export async function getSessionBoard(actor: Actor, sessionId: string, query: SessionBoardQuery = {}) {
  const session = await requireSessionAccess(actor, sessionId);
  const manager = can(actor, "session.manage");
  const where: Prisma.ClaimWhereInput = {
    ...sessionClaimsWhere(session),
    ...(query.status ? { status: query.status } : {}),
  };
  if (query.assignee === "none") where.assignments = { none: { sessionId } };
  else if (query.assignee) where.assignments = { some: { sessionId, userId: query.assignee } };
  const [articles, claims, members, presence] = await Promise.all([
    db().article.findMany({
      where: { sessions: { some: { sessionId } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, outlet: true },
    }),
    db().claim.findMany({
      where,
      orderBy: [{ articleId: "asc" }, { start: "asc" }],
      select: {
        id: true,
        articleId: true,
        text: true,
        status: true,
        type: true,
        score: true,
        assignments: {
          where: { sessionId },
          select: { user: { select: { id: true, name: true } } },
          orderBy: { createdAt: "asc" },
        },
        verdicts: {
          orderBy: { version: "desc" },
          take: 1,
          select: { rating: { select: { label: true, color: true } } },
        },
        blindRatings: {
          where: { sessionId },
          select: { userId: true, rating: { select: { id: true, label: true, slug: true } } },
        },
      },
    }),
    db().sessionMember.findMany({
      where: { sessionId },
      select: { user: { select: { id: true, name: true, role: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    listPresence(sessionId),
  ]);
  const rows = claims.map((c) => {
    const mine = c.blindRatings.find((b) => b.userId === actor.id)?.rating ?? null;
    const both = c.blindRatings.length >= 2;
    return {
      id: c.id,
      articleId: c.articleId,
      text: c.text,
      status: c.status,
      type: c.type,
      assignees: c.assignments.map((a) => a.user),
      // In a blind review the shared verdict stays hidden from reviewers until both blind ratings are in.
      rating:
        session.blindDoubleReview && !manager && c.blindRatings.length < 2 ? null : (c.verdicts[0]?.rating ?? null),
      blind: session.blindDoubleReview
        ? {
            mine,
            count: c.blindRatings.length,
            ratings: manager && both ? c.blindRatings.map((b) => b.rating.label) : null,
            disagree: manager && both && new Set(c.blindRatings.map((b) => b.rating.slug)).size > 1,
          }
        : null,
    };
  });
  const mine = rows.filter((r) => r.assignees.some((a) => a.id === actor.id) && isOpenStatus(r.status));
  return { session, articles, rows, mine, members: members.map((m) => m.user), presence, manager };
}

async function sessionForChange(tx: Tx, actor: Actor, sessionId: string) {
  const session = await requireSessionAccess(actor, sessionId, tx);
  if (session.status === "CLOSED") throw new AppError("LOCKED", "This session is closed.");
  return session;
}

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

export async function closeSession(actor: Actor, input: { sessionId: string }) {
  assertCan(actor, "session.manage");
  const { sessionId } = parseInput(closeSessionSchema, input);
  return db().$transaction(async (tx) => {
    await sessionForChange(tx, actor, sessionId);
    await tx.reviewSession.update({ where: { id: sessionId }, data: { status: "CLOSED", closedAt: new Date() } });
    // Pages still open on the session hear that it closed (the triggers stop at closed sessions).
    await tx.$executeRaw`SELECT session_event(${sessionId}, 'session.closed', NULL)`;
    await recordAudit(tx, actor, { action: "session.close", entityType: "ReviewSession", entityId: sessionId });
    return { id: sessionId };
  });
}

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

/** Says this person has the session open (and which claim, when given). */
export async function touchPresence(actor: Actor, sessionId: string, claimId?: string | null) {
  await requireSessionAccess(actor, sessionId);
  await markPresent(actor, sessionId, claimId);
}

/** The presence write itself, for an event stream that checked access when it opened. */
export async function markPresent(actor: Actor, sessionId: string, claimId?: string | null) {
  const data = { seenAt: new Date(), ...(claimId !== undefined ? { claimId } : {}) };
  await db().sessionPresence.upsert({
    where: { sessionId_userId: { sessionId, userId: actor.id } },
    create: { sessionId, userId: actor.id, ...data },
    update: data,
  });
}

/** Leaves the session, unless the person still has one of its claims open (a claim page's beacon says so). */
export async function leavePresence(actor: Actor, sessionId: string) {
  await db().sessionPresence.deleteMany({ where: { sessionId, userId: actor.id, claimId: null } });
}

export function listPresence(sessionId: string) {
  return db().sessionPresence.findMany({
    where: { sessionId, seenAt: { gte: new Date(Date.now() - PRESENCE_WINDOW_MS) } },
    select: { claimId: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}

/** Events after the last one a page saw, in order, for catching up after a reconnect. */
export async function eventsAfter(sessionId: string, afterId: bigint, limit = 1000) {
  const rows = await db().sessionEvent.findMany({
    where: { sessionId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, kind: true, claimId: true },
  });
  return rows.map((r) => ({ id: r.id.toString(), sessionId, kind: r.kind, claimId: r.claimId }));
}
