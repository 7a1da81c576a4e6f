import "server-only";
import type { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import {
  removeSourceSchema,
  sourceSchema,
  updateSourceSchema,
  type SourceInput,
  type UpdateSourceInput,
} from "../../validation/claims";
import { db } from "../client";
import { recordAudit } from "../audit";
import { assertClaimMutable } from "./claim-guard";
import { conflictError } from "./claim-lock";
import { parseInput } from "../../validation/parse-input";

/** Attaches evidence to a claim; the same address twice on one claim is refused. */
export async function addSource(actor: Actor, input: SourceInput) {
  assertCan(actor, "source.edit");
  const { claimId, accessedAt, ...data } = parseInput(sourceSchema, input);
  return db().$transaction(async (tx) => {
    await assertClaimMutable(tx, claimId, "sources");
    const duplicate = await tx.source.findFirst({ where: { claimId, url: data.url }, select: { id: true } });
    if (duplicate)
      throw new AppError("CONFLICT", "This source is already attached to the claim.", {
        url: ["This address is already a source for this claim."],
      });
    const source = await tx.source.create({
      data: { ...data, claimId, accessedAt: accessedAt ?? new Date(), addedById: actor.id },
    });
    await recordAudit(tx, actor, {
      action: "source.add",
      entityType: "Source",
      entityId: source.id,
      claimId,
      after: { url: source.url, stance: source.stance, publisher: source.publisher },
    });
    return source;
  });
}

export async function removeSource(actor: Actor, input: z.input<typeof removeSourceSchema>) {
  assertCan(actor, "source.edit");
  const { sourceId } = parseInput(removeSourceSchema, input);
  return db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({
      where: { id: sourceId },
      include: { _count: { select: { verdicts: true } } },
    });
    if (!source) throw new AppError("NOT_FOUND", "That source was already removed.");
    await assertClaimMutable(tx, source.claimId, "sources");
    if (source._count.verdicts > 0)
      throw new AppError("CONFLICT", "A verdict rests on this source; take it out of the verdict first.");
    await tx.source.delete({ where: { id: sourceId } });
    await recordAudit(tx, actor, {
      action: "source.remove",
      entityType: "Source",
      entityId: sourceId,
      claimId: source.claimId,
      before: { url: source.url, stance: source.stance },
    });
    return { id: sourceId };
  });
}

/** Edits a source; a change made meanwhile by someone else is refused, not overwritten. */
export async function updateSource(actor: Actor, input: UpdateSourceInput) {
  assertCan(actor, "source.edit");
  const { sourceId, version, accessedAt, ...data } = parseInput(updateSourceSchema, input);
  return db().$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: sourceId } });
    if (!before) throw new AppError("NOT_FOUND", "That source was removed.");
    await assertClaimMutable(tx, before.claimId, "sources");
    if (
      data.url !== before.url &&
      (await tx.source.findFirst({ where: { claimId: before.claimId, url: data.url }, select: { id: true } }))
    ) {
      throw new AppError("CONFLICT", "This source is already attached to the claim.", {
        url: ["This address is already a source for this claim."],
      });
    }
    const result = await tx.source.updateMany({
      where: { id: sourceId, version },
      data: { ...data, accessedAt: accessedAt ?? before.accessedAt, version: { increment: 1 } },
    });
    if (result.count === 0) throw await conflictError(tx, { entityType: "Source", entityId: sourceId });
    await recordAudit(tx, actor, {
      action: "source.edit",
      entityType: "Source",
      entityId: sourceId,
      claimId: before.claimId,
      before: { url: before.url, stance: before.stance, publisher: before.publisher },
      after: { url: data.url, stance: data.stance, publisher: data.publisher },
    });
    return { id: sourceId, version: version + 1 };
  });
}
