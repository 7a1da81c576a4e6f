import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { STATUS_LABEL } from "../claim-labels";
import { AppError } from "../errors";
import { verdictSlug } from "../publish/slug";
import { publishSchema, unpublishSchema, type PublishInput, type UnpublishInput } from "../validation/publications";
import type { PublishedSnapshot } from "../publish/snapshot";
import { db, type Tx } from "./client";
import { recordAudit } from "./audit";
import { lockClaimAtVersion, updateClaimAtVersion } from "./claims/claim-lock";
import { parseInput } from "../validation/parse-input";

export type PublishResult = { slug: string; version: number };

/** What the page will show, read now and stored with the publication: later edits do not reach readers. */
async function snapshotOf(tx: Tx, claimId: string, verdictId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { text: true, quote: true, speaker: true, article: { select: { title: true, outlet: true, url: true, publishedAt: true, byline: true } } },
  });
  const links = await tx.verdictSource.findMany({
    where: { verdictId },
    select: { source: { select: { id: true, url: true, title: true, publisher: true, publishedAt: true, archiveUrl: true, excerpt: true, stance: true, primary: true, createdAt: true } } },
  });
  const sources = links.map((l) => l.source).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map(({ createdAt: _c, ...rest }) => rest);
  const snapshot: PublishedSnapshot = { article: claim.article, sources };
  return { claimText: claim.text, claimQuote: claim.quote, speaker: claim.speaker, snapshot: JSON.parse(JSON.stringify(snapshot)) as object };
}

/**
 * Publishes the claim's latest signed-off verdict. The first time makes the page and its stable
 * address; later times are a correction or an update and must say what changed. The published
 * version is frozen by the database (see the Verdict trigger); older versions stay in the history.
 */
export async function publishClaim(actor: Actor, input: PublishInput): Promise<PublishResult> {
  assertCan(actor, "verdict.publish");
  const { claimId, version, kind, note } = parseInput(publishSchema, input);
  return db().$transaction(async (tx) => {
    const claim = await lockClaimAtVersion(tx, claimId, version);
    if (claim.status !== "VERIFIED") throw new AppError("INVALID_INPUT", `Only verified claims can be published; this one is ${STATUS_LABEL[claim.status]}.`);
    const verdict = await tx.verdict.findFirst({ where: { claimId, signedOffAt: { not: null } }, orderBy: { version: "desc" } });
    if (!verdict) throw new AppError("INVALID_INPUT", "This claim has no signed-off verdict to publish.");
    await updateClaimAtVersion(tx, claimId, version, {});
    const now = new Date();
    const existing = await tx.publication.findUnique({ where: { claimId } });

    if (!existing) {
      const frozen = await snapshotOf(tx, claimId, verdict.id);
      const publication = await tx.publication.create({ data: { claimId, slug: verdictSlug(claim.text, claim.id), verdictId: verdict.id, firstPublishedAt: now, ...frozen } });
      await tx.verdict.update({ where: { id: verdict.id }, data: { publishedAt: now } });
      await tx.publicationEvent.create({ data: { publicationId: publication.id, kind: "PUBLISHED", verdictId: verdict.id, claimText: frozen.claimText, createdAt: now } });
      await recordAudit(tx, actor, { action: "verdict.publish", entityType: "Publication", entityId: publication.id, claimId, after: { slug: publication.slug, verdictVersion: verdict.version } });
      return { slug: publication.slug, version: version + 1 };
    }

    const changed = existing.verdictId !== verdict.id;
    if (!changed && !existing.unpublishedAt) throw new AppError("CONFLICT", "This verdict version is already published.");
    if (!note) throw new AppError("INVALID_INPUT", "Say what changed; readers see this note under Corrections and updates.", { note: ["Say what changed."] });
    if (changed && !kind) throw new AppError("INVALID_INPUT", "Say whether this is a correction or an update.", { kind: ["Choose correction or update."] });
    if (changed) await tx.verdict.update({ where: { id: verdict.id }, data: { publishedAt: now, correctionNote: note } });
    const eventKind = changed ? kind! : "REPUBLISHED";
    const frozen = await snapshotOf(tx, claimId, verdict.id);
    await tx.publication.update({ where: { id: existing.id }, data: { verdictId: verdict.id, unpublishedAt: null, unpublishReason: null, ...frozen } });
    await tx.publicationEvent.create({ data: { publicationId: existing.id, kind: eventKind, note, verdictId: verdict.id, claimText: frozen.claimText, createdAt: now } });
    await recordAudit(tx, actor, { action: `verdict.${eventKind.toLowerCase()}`, entityType: "Publication", entityId: existing.id, claimId, after: { verdictVersion: verdict.version, comment: note } });
    return { slug: existing.slug, version: version + 1 };
  });
}

/** Withdraws a published verdict. The page stays, with a notice giving the date and the reason. */
export async function unpublishClaim(actor: Actor, input: UnpublishInput): Promise<PublishResult> {
  assertCan(actor, "verdict.publish");
  const { claimId, version, reason } = parseInput(unpublishSchema, input);
  return db().$transaction(async (tx) => {
    const publication = await tx.publication.findUnique({ where: { claimId } });
    if (!publication || publication.unpublishedAt) throw new AppError("INVALID_INPUT", "This claim has no published verdict to withdraw.");
    await updateClaimAtVersion(tx, claimId, version, {});
    const now = new Date();
    await tx.publication.update({ where: { id: publication.id }, data: { unpublishedAt: now, unpublishReason: reason } });
    await tx.publicationEvent.create({ data: { publicationId: publication.id, kind: "UNPUBLISHED", note: reason, createdAt: now } });
    await recordAudit(tx, actor, { action: "verdict.unpublish", entityType: "Publication", entityId: publication.id, claimId, after: { comment: reason } });
    return { slug: publication.slug, version: version + 1 };
  });
}
