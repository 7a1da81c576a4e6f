import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { closeSessionSchema } from "../../validation/sessions";
import { db } from "../client";
import { recordAudit } from "../audit";
import { parseInput } from "../../validation/parse-input";
import { sessionForChange } from "./access";

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
