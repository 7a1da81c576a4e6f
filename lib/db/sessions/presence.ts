import "server-only";
import { type Actor } from "../../auth/permissions";
import { db } from "../client";
import { requireSessionAccess } from "./access";

const PRESENCE_WINDOW_MS = 60_000;

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

/** Who has the session open, and which claim, for those who may see the session. */
export async function listPresence(actor: Actor, sessionId: string) {
  await requireSessionAccess(actor, sessionId);
  return db().sessionPresence.findMany({
    where: { sessionId, seenAt: { gte: new Date(Date.now() - PRESENCE_WINDOW_MS) } },
    select: { claimId: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
}
