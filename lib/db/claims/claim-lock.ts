import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../../errors";
import type { Tx } from "../client";

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "Not saved — changed by Ana Ruiz at 14:02 UTC": who saved first, from the audit log (of a claim, or of one source). */
export async function conflictError(
  tx: Tx,
  where: { claimId: string } | { entityType: "Source"; entityId: string },
): Promise<AppError> {
  const last = await tx.auditEvent.findFirst({
    where,
    orderBy: { id: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "someone else";
  const when = last ? ` at ${timeFormat.format(last.createdAt)} UTC` : "";
  return new AppError(
    "CONFLICT",
    `Not saved — changed by ${who}${when}. Your text is kept: compare it with theirs, then keep one.`,
  );
}

/**
 * Applies a change only if the claim is still at the version the person saw, and bumps the version.
 * Two reviewers saving the same claim: the second is refused instead of silently overwriting.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claimId: string,
  version: number,
  data: Prisma.ClaimUpdateManyMutationInput,
): Promise<void> {
  const result = await tx.claim.updateMany({
    where: { id: claimId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count === 1) return;
  const exists = await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "That claim no longer exists.");
  throw await conflictError(tx, { claimId });
}

export async function getClaimOrThrow(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim no longer exists.");
  return claim;
}

/**
 * Locks the claim's row and checks the version first, before anything else is written: of several
 * people acting on one claim at once, one goes ahead and the others wait, then get a clear conflict.
 */
export async function lockClaimAtVersion(tx: Tx, claimId: string, version: number) {
  const locked = await tx.$queryRaw<
    { version: number }[]
  >`SELECT version FROM "Claim" WHERE id = ${claimId} FOR UPDATE`;
  if (!locked.length) throw new AppError("NOT_FOUND", "That claim no longer exists.");
  if (locked[0].version !== version) throw await conflictError(tx, { claimId });
  return getClaimOrThrow(tx, claimId);
}
