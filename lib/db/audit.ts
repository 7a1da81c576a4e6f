import "server-only";
import type { Actor } from "../auth/permissions";
import type { Tx } from "./client";
import { isSystemActor } from "./system-actor";
import type { AuditAction } from "../audit-actions";

export type AuditInput = {
  action: AuditAction;
  entityType: string;
  entityId: string;
  claimId?: string;
  before?: unknown;
  after?: unknown;
};

// JSON columns take plain data: dates become ISO strings, undefined fields disappear.
function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Writes the audit row inside the caller's transaction, so the change and its record land together. */
export async function recordAudit(tx: Tx, actor: Actor, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: isSystemActor(actor) ? null : actor.id,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      claimId: event.claimId,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
}
