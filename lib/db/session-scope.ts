import "server-only";
import type { Prisma } from "./generated/prisma/client";
import type { ClaimType } from "./generated/prisma/enums";

export type SessionScope = { id: string; claimType: ClaimType | null; minScore: number | null };

/** The claims a session covers: those of its articles, narrowed by its claim filter when it has one. */
export function sessionClaimsWhere(session: SessionScope): Prisma.ClaimWhereInput {
  return {
    article: { sessions: { some: { sessionId: session.id } } },
    ...(session.claimType ? { type: session.claimType } : {}),
    ...(session.minScore !== null ? { score: { gte: session.minScore } } : {}),
  };
}
