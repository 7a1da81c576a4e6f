import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { closeSessionSchema } from "../../validation/sessions";
import { db } from "../client";
import { recordAudit } from "../audit";
import { parseInput } from "../../validation/parse-input";
import { requireSessionAccess, sessionForChange } from "./access";

/** Closes a session: its board is frozen, and pages still open on it hear so. */
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

/** Opens a closed session again (closed too early, or more work came in); its work resumes where it stopped. */
export async function reopenSession(actor: Actor, input: { sessionId: string }) {
  assertCan(actor, "session.manage");
  const { sessionId } = parseInput(closeSessionSchema, input);
  return db().$transaction(async (tx) => {
    const session = await requireSessionAccess(actor, sessionId, tx);
    if (session.status !== "CLOSED") throw new AppError("INVALID_INPUT", "This session is open already.");
    await tx.reviewSession.update({ where: { id: sessionId }, data: { status: "OPEN", closedAt: null } });
    await recordAudit(tx, actor, { action: "session.reopen", entityType: "ReviewSession", entityId: sessionId });
    return { id: sessionId };
  });
}
