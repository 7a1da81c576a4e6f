import "server-only";
import { assertCan, can, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db, type Tx } from "../client";

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

export async function sessionForChange(tx: Tx, actor: Actor, sessionId: string) {
  const session = await requireSessionAccess(actor, sessionId, tx);
  if (session.status === "CLOSED") throw new AppError("LOCKED", "This session is closed.");
  return session;
}
