import "server-only";
import type { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { mergeClaimsSchema, splitClaimSchema } from "../../validation/claims";
import type { Tx } from "../client";
import { db } from "../client";
import { recordAudit } from "../audit";
import { assertClaimMutable } from "./claim-guard";
import { updateClaimAtVersion } from "./claim-lock";
import { parseInput } from "../../validation/parse-input";
import { claimFacts } from "../../extract/claim-facts";

const facts = (text: string) => ({ text, ...claimFacts(text) });

async function assertNoEvidence(tx: Tx, claimId: string, what: string): Promise<void> {
  const [sources, verdicts] = await Promise.all([
    tx.source.count({ where: { claimId } }),
    tx.verdict.count({ where: { claimId } }),
  ]);
  if (sources || verdicts)
    throw new AppError(
      "CONFLICT",
      `${what} already has sources or a verdict; split or merge claims before attaching evidence.`,
    );
}

/** Splits one claim into two at the end of `firstWords` (which must begin its quote). */
export async function splitClaim(actor: Actor, input: z.input<typeof splitClaimSchema>) {
  assertCan(actor, "claim.edit");
  const { claimId, version, firstWords } = parseInput(splitClaimSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await assertClaimMutable(tx, claimId, "span");
    await assertNoEvidence(tx, claimId, "This claim");
    if (
      !claim.quote.startsWith(firstWords) ||
      firstWords.trim().length === 0 ||
      firstWords.length >= claim.quote.length
    ) {
      throw new AppError("INVALID_INPUT", "Give the first words of the quote, up to where the second claim starts.", {
        firstWords: ["These must be the opening words of the quote."],
      });
    }
    const at = claim.start + firstWords.length;
    const restOffset = claim.quote.slice(firstWords.length).search(/\S/);
    const secondStart = at + Math.max(0, restOffset);
    const firstQuote = firstWords.trimEnd();
    const secondQuote = claim.quote.slice(secondStart - claim.start);
    await updateClaimAtVersion(tx, claimId, version, {
      end: claim.start + firstQuote.length,
      quote: firstQuote,
      ...facts(firstQuote),
      edited: true,
    });
    const second = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        start: secondStart,
        end: claim.end,
        quote: secondQuote,
        ...facts(secondQuote),
        type: claim.type,
        score: claim.score,
        speaker: claim.speaker,
        origin: "MANUAL",
        createdById: actor.id,
      },
    });
    await recordAudit(tx, actor, {
      action: "claim.split",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { quote: claim.quote },
      after: { first: firstQuote, second: secondQuote, secondId: second.id },
    });
    return { id: claimId, secondId: second.id };
  });
}

/** Merges a claim with another of the same article into one claim spanning both. */
export async function mergeClaims(actor: Actor, input: z.input<typeof mergeClaimsSchema>) {
  assertCan(actor, "claim.edit");
  const { claimId, version, nextClaimId, nextVersion } = parseInput(mergeClaimsSchema, input);
  return db().$transaction(async (tx) => {
    const first = await assertClaimMutable(tx, claimId, "span");
    await assertNoEvidence(tx, claimId, "This claim");
    // Scope in the query: the other claim must be in the same article.
    const other = await tx.claim.findFirst({ where: { id: nextClaimId, articleId: first.articleId } });
    if (!other || other.id === first.id)
      throw new AppError("NOT_FOUND", "The claim to merge with is not in this article.");
    if (other.version !== nextVersion)
      throw new AppError("CONFLICT", "The other claim changed since you opened it; reload and try again.");
    await assertClaimMutable(tx, other.id, "span");
    await assertNoEvidence(tx, other.id, "The other claim");
    const start = Math.min(first.start, other.start);
    const end = Math.max(first.end, other.end);
    // Neighbours: no other claim sits wholly in the gap between the earlier one's end and the later one's start.
    const [left, right] = first.start <= other.start ? [first, other] : [other, first];
    const between = await tx.claim.count({
      where: {
        articleId: first.articleId,
        id: { notIn: [first.id, other.id] },
        status: { not: "DISMISSED" },
        start: { gte: left.end },
        end: { lte: right.start },
      },
    });
    if (between)
      throw new AppError(
        "INVALID_INPUT",
        "Only neighbouring claims can be merged: another claim lies between these two.",
      );
    const article = await tx.article.findUniqueOrThrow({ where: { id: first.articleId }, select: { body: true } });
    const quote = article.body.slice(start, end);
    const text = first.start <= other.start ? `${first.text} ${other.text}` : `${other.text} ${first.text}`;
    await tx.claim.delete({ where: { id: other.id } });
    await updateClaimAtVersion(tx, claimId, version, { start, end, quote, ...facts(text), edited: true });
    await recordAudit(tx, actor, {
      action: "claim.merge",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { text: first.text, other: other.text, otherId: other.id },
      after: { text },
    });
    return { id: claimId };
  });
}
