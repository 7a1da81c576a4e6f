import "server-only";
import { can, type Actor } from "../../auth/permissions";
import { type SessionBoardQuery } from "../../validation/sessions";
import { isOpenStatus } from "../../validation/queue";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../client";
import { sessionClaimsWhere } from "../session-scope";
import { listPresence } from "./presence";
import { requireSessionAccess } from "./access";

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
    listPresence(actor, sessionId),
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
