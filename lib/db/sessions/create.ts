import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { createSessionSchema, type CreateSessionInput } from "../../validation/sessions";
import { db } from "../client";
import { recordAudit } from "../audit";
import { parseInput } from "../../validation/parse-input";

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
