import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { addClaimSchema, dismissClaimSchema, editClaimSchema, restoreClaimSchema } from "../../validation/claims";
import type { z } from "zod";
import { db } from "../client";
import { recordAudit } from "../audit";
import { assertClaimMutable } from "./claim-guard";
import { getClaimOrThrow, updateClaimAtVersion } from "./claim-lock";
import { assertSpanMatches } from "./extracted-claims";
import { parseInput } from "../../validation/parse-input";
import { claimFacts } from "../../extract/claim-facts";

/** Rewords a claim; its quantities and dates are read again from the new wording. */
export async function editClaim(actor: Actor, input: z.input<typeof editClaimSchema>) {
  assertCan(actor, "claim.edit");
  const { claimId, version, text, claimant } = parseInput(editClaimSchema, input);
  return db().$transaction(async (tx) => {
    const before = await assertClaimMutable(tx, claimId, "wording");
    const { quantities, dates } = claimFacts(text);
    const speaker = claimant === undefined ? before.speaker : claimant || null;
    await updateClaimAtVersion(tx, claimId, version, { text, quantities, dates, speaker, edited: true });
    await recordAudit(tx, actor, {
      action: "claim.edit",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { text: before.text, speaker: before.speaker },
      after: { text, speaker },
    });
    return { id: claimId, version: version + 1, text, speaker };
  });
}

/** Adds a claim from words a reviewer selected in the article; the offsets must match the article. */
export async function addClaim(actor: Actor, input: z.input<typeof addClaimSchema>) {
  assertCan(actor, "claim.edit");
  const data = parseInput(addClaimSchema, input);
  return db().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { body: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist or was removed.");
    assertSpanMatches(article.body, data);
    const text = data.text ?? data.quote.replace(/\s+/g, " ").trim();
    const claim = await tx.claim.create({
      data: {
        articleId: data.articleId,
        start: data.start,
        end: data.end,
        quote: data.quote,
        text,
        origin: "MANUAL",
        createdById: actor.id,
        score: 0.5,
        ...claimFacts(text),
      },
    });
    await recordAudit(tx, actor, {
      action: "claim.add",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      after: { text, start: data.start, end: data.end },
    });
    return { id: claim.id, version: claim.version };
  });
}

/** Dismisses a claim as not check-worthy: kept, greyed and restorable, with the reason recorded. */
export async function dismissClaim(actor: Actor, input: z.input<typeof dismissClaimSchema>) {
  assertCan(actor, "claim.edit");
  const { claimId, version, reason } = parseInput(dismissClaimSchema, input);
  return db().$transaction(async (tx) => {
    const before = await assertClaimMutable(tx, claimId, "dismiss");
    await updateClaimAtVersion(tx, claimId, version, { status: "DISMISSED", dismissReason: reason });
    await recordAudit(tx, actor, {
      action: "claim.dismiss",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: before.status },
      after: { status: "DISMISSED", reason },
    });
    return { id: claimId, version: version + 1 };
  });
}

export async function restoreClaim(actor: Actor, input: z.input<typeof restoreClaimSchema>) {
  assertCan(actor, "claim.edit");
  const { claimId, version } = parseInput(restoreClaimSchema, input);
  return db().$transaction(async (tx) => {
    const before = await getClaimOrThrow(tx, claimId);
    if (before.status !== "DISMISSED") throw new AppError("INVALID_INPUT", "Only a dismissed claim can be restored.");
    await updateClaimAtVersion(tx, claimId, version, { status: "UNREVIEWED", dismissReason: null });
    await recordAudit(tx, actor, {
      action: "claim.restore",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: "DISMISSED" },
      after: { status: "UNREVIEWED" },
    });
    return { id: claimId, version: version + 1 };
  });
}
