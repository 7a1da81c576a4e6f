import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { STATUS_LABEL } from "../claim-labels";
import { AppError } from "../errors";
import { verdictSlug } from "../publish/slug";
import { publishSchema, unpublishSchema, type PublishInput, type UnpublishInput } from "../validation/publications";
import { readSnapshot, type PublishedSnapshot } from "../publish/snapshot";
import type { ClaimStatus } from "./generated/prisma/enums";
import { db, type Tx } from "./client";
import { recordAudit } from "./audit";
import { publicEventFields, publicVerdictFields, type PublicVerdict } from "./public-verdicts";
import { lockClaimAtVersion, updateClaimAtVersion } from "./claims/claim-lock";
import { parseInput } from "../validation/parse-input";

export type PublishResult = { slug: string; version: number };

// Readers are owed the reasoning, not only the rating: a verdict without one is never published.
export const RATIONALE_REQUIRED =
  "This verdict has no rationale, and readers see one under “How we checked”. Reopen the claim, write how it was checked, and sign it off again.";

/** What the page will show, read now and stored with the publication: later edits do not reach readers. */
async function snapshotOf(tx: Tx, claimId: string, verdictId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      text: true,
      quote: true,
      speaker: true,
      article: { select: { title: true, outlet: true, url: true, publishedAt: true, byline: true } },
    },
  });
  const links = await tx.verdictSource.findMany({
    where: { verdictId },
    select: {
      source: {
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          publishedAt: true,
          archiveUrl: true,
          excerpt: true,
          stance: true,
          primary: true,
          createdAt: true,
        },
      },
    },
  });
  const sources = links
    .map((l) => l.source)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map(({ createdAt: _c, ...rest }) => rest);
  const snapshot: PublishedSnapshot = { article: claim.article, sources };
  return {
    claimText: claim.text,
    claimQuote: claim.quote,
    speaker: claim.speaker,
    snapshot: JSON.parse(JSON.stringify(snapshot)) as object,
  };
}

type Refusal = { code: "INVALID_INPUT" | "CONFLICT"; message: string };

/**
 * Whether a claim can be published now, and what would be: its latest signed-off verdict and the
 * publication it would create or correct. The one statement of the rule, for publishing and for
 * the preview an editor sees first.
 */
async function publishability(tx: Tx, claim: { id: string; status: ClaimStatus }) {
  const [verdict, existing] = await Promise.all([
    tx.verdict.findFirst({ where: { claimId: claim.id, signedOffAt: { not: null } }, orderBy: { version: "desc" } }),
    tx.publication.findUnique({ where: { claimId: claim.id } }),
  ]);
  const refuse = (code: Refusal["code"], message: string) => ({
    ok: false as const,
    verdict,
    existing,
    refusal: { code, message },
  });
  if (claim.status !== "VERIFIED")
    return refuse("INVALID_INPUT", `Only verified claims can be published; this one is ${STATUS_LABEL[claim.status]}.`);
  if (!verdict) return refuse("INVALID_INPUT", "This claim has no signed-off verdict to publish.");
  if (existing && existing.verdictId === verdict.id && !existing.unpublishedAt)
    return refuse("CONFLICT", "This verdict version is already published.");
  if (!verdict.rationale.trim()) return refuse("INVALID_INPUT", RATIONALE_REQUIRED);
  return { ok: true as const, verdict, existing };
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
    const check = await publishability(tx, claim);
    if (!check.ok) throw new AppError(check.refusal.code, check.refusal.message);
    const { verdict, existing } = check;
    await updateClaimAtVersion(tx, claimId, version, {});
    const now = new Date();

    if (!existing) {
      const frozen = await snapshotOf(tx, claimId, verdict.id);
      const publication = await tx.publication.create({
        data: {
          claimId,
          slug: verdictSlug(claim.text, claim.id),
          verdictId: verdict.id,
          firstPublishedAt: now,
          ...frozen,
        },
      });
      await tx.verdict.update({ where: { id: verdict.id }, data: { publishedAt: now } });
      await tx.publicationEvent.create({
        data: {
          publicationId: publication.id,
          kind: "PUBLISHED",
          verdictId: verdict.id,
          claimText: frozen.claimText,
          createdAt: now,
        },
      });
      await recordAudit(tx, actor, {
        action: "verdict.publish",
        entityType: "Publication",
        entityId: publication.id,
        claimId,
        after: { slug: publication.slug, verdictVersion: verdict.version },
      });
      return { slug: publication.slug, version: version + 1 };
    }

    const changed = existing.verdictId !== verdict.id;
    if (!note)
      throw new AppError("INVALID_INPUT", "Say what changed; readers see this note under Corrections and updates.", {
        note: ["Say what changed."],
      });
    if (changed && !kind)
      throw new AppError("INVALID_INPUT", "Say whether this is a correction or an update.", {
        kind: ["Choose correction or update."],
      });
    if (changed)
      await tx.verdict.update({ where: { id: verdict.id }, data: { publishedAt: now, correctionNote: note } });
    const eventKind = changed ? kind! : "REPUBLISHED";
    const frozen = await snapshotOf(tx, claimId, verdict.id);
    await tx.publication.update({
      where: { id: existing.id },
      data: { verdictId: verdict.id, unpublishedAt: null, unpublishReason: null, ...frozen },
    });
    await tx.publicationEvent.create({
      data: {
        publicationId: existing.id,
        kind: eventKind,
        note,
        verdictId: verdict.id,
        claimText: frozen.claimText,
        createdAt: now,
      },
    });
    await recordAudit(tx, actor, {
      action: `verdict.${eventKind.toLowerCase() as Lowercase<typeof eventKind>}`,
      entityType: "Publication",
      entityId: existing.id,
      claimId,
      after: { verdictVersion: verdict.version, comment: note },
    });
    return { slug: existing.slug, version: version + 1 };
  });
}

/** Withdraws a published verdict. The page stays, with a notice giving the date and the reason. */
export async function unpublishClaim(actor: Actor, input: UnpublishInput): Promise<PublishResult> {
  assertCan(actor, "verdict.publish");
  const { claimId, version, reason } = parseInput(unpublishSchema, input);
  return db().$transaction(async (tx) => {
    const publication = await tx.publication.findUnique({ where: { claimId } });
    if (!publication || publication.unpublishedAt)
      throw new AppError("INVALID_INPUT", "This claim has no published verdict to withdraw.");
    await updateClaimAtVersion(tx, claimId, version, {});
    const now = new Date();
    await tx.publication.update({
      where: { id: publication.id },
      data: { unpublishedAt: now, unpublishReason: reason },
    });
    await tx.publicationEvent.create({
      data: { publicationId: publication.id, kind: "UNPUBLISHED", note: reason, createdAt: now },
    });
    await recordAudit(tx, actor, {
      action: "verdict.unpublish",
      entityType: "Publication",
      entityId: publication.id,
      claimId,
      after: { comment: reason },
    });
    return { slug: publication.slug, version: version + 1 };
  });
}

export type PublishMode = "first" | "correction" | "republish";

/**
 * The verdict page as readers would see it if the editor published now, built from the same
 * snapshot publishing stores, with what publishing would do (or why it cannot). Editors only.
 */
export async function previewPublication(actor: Actor, claimId: string) {
  assertCan(actor, "verdict.publish");
  return db().$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, status: true, version: true, text: true, articleId: true },
    });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was removed.");
    const check = await publishability(tx, claim);
    const { verdict, existing } = check;
    const mode: PublishMode = !existing ? "first" : existing.verdictId === verdict?.id ? "republish" : "correction";
    const base = {
      claim: { id: claim.id, version: claim.version, articleId: claim.articleId },
      mode,
      refusal: check.ok ? null : check.refusal,
    };
    if (!verdict) return { ...base, page: null };
    const [frozen, shown, events] = await Promise.all([
      snapshotOf(tx, claimId, verdict.id),
      tx.verdict.findUniqueOrThrow({ where: { id: verdict.id }, select: publicVerdictFields }),
      existing
        ? tx.publicationEvent.findMany({
            where: { publicationId: existing.id },
            orderBy: { createdAt: "desc" },
            select: publicEventFields,
          })
        : [],
    ]);
    const { article, sources } = readSnapshot(frozen.snapshot);
    const now = new Date();
    const page: PublicVerdict = {
      slug: existing?.slug ?? verdictSlug(claim.text, claim.id),
      firstPublishedAt: existing?.firstPublishedAt ?? now,
      updatedAt: now,
      unpublishedAt: null,
      unpublishReason: null,
      events,
      claim: { text: frozen.claimText, quote: frozen.claimQuote, speaker: frozen.speaker, article },
      verdict: { ...shown, sources },
    };
    return { ...base, page };
  });
}
