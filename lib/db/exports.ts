import "server-only";
import { z } from "zod";
import { assertCan, can, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { formatQuantities, type ExportRow, type ExportSource } from "../export/columns";
import type { Quantity } from "../extract/types";
import type { Prisma } from "./generated/prisma/client";
import { db } from "./client";

export const exportScopeSchema = z
  .object({ articleId: z.string().min(1).optional(), sessionId: z.string().min(1).optional(), includeAll: z.boolean().default(false) })
  .refine((s) => !!s.articleId !== !!s.sessionId, { message: "Choose one article or one review session to export." });
export type ExportScope = z.input<typeof exportScopeSchema>;

const BATCH = 500;
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Checks the scope exists and this role may export it; returns the claim filter and a description. */
export async function resolveExportScope(actor: Actor, input: ExportScope): Promise<{ where: Prisma.ClaimWhereInput; label: string }> {
  assertCan(actor, "export.run");
  const scope = exportScopeSchema.parse(input);
  // Reviewers export finished work only; editors and admins may include drafts with their status.
  if (scope.includeAll && !can(actor, "verdict.signoff")) throw new AppError("FORBIDDEN", "Only editors can export claims that are not verified yet.");
  const status: Prisma.ClaimWhereInput = scope.includeAll ? {} : { status: "VERIFIED" };
  if (scope.articleId) {
    const article = await db().article.findUnique({ where: { id: scope.articleId }, select: { title: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist.");
    return { where: { articleId: scope.articleId, ...status }, label: `Article “${article.title}”, ${scope.includeAll ? "all claims" : "verified claims"}` };
  }
  const session = await db().reviewSession.findUnique({ where: { id: scope.sessionId }, select: { name: true } });
  if (!session) throw new AppError("NOT_FOUND", "That review session does not exist.");
  return { where: { article: { sessions: { some: { sessionId: scope.sessionId } } }, ...status }, label: `Session “${session.name}”, ${scope.includeAll ? "all claims" : "verified claims"}` };
}

const include = {
  article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
  sources: { select: { url: true }, orderBy: { createdAt: "asc" } },
  verdicts: { orderBy: { version: "desc" }, take: 1, include: { rating: true, author: { select: { name: true } }, signedOffBy: { select: { name: true } } } },
  publication: { select: { slug: true, firstPublishedAt: true, unpublishedAt: true } },
} satisfies Prisma.ClaimInclude;

type ClaimWithAll = Prisma.ClaimGetPayload<{ include: typeof include }>;

function toRow(c: ClaimWithAll, publicBase: string): ExportRow {
  const v = c.verdicts[0];
  const published = c.publication && !c.publication.unpublishedAt ? c.publication : null;
  return {
    claimId: c.id, claim: c.text, quote: c.quote, speaker: c.speaker, type: c.type, quantities: formatQuantities(c.quantities as Quantity[]),
    articleTitle: c.article.title, outlet: c.article.outlet, articleUrl: c.article.url, articleDate: day(c.article.publishedAt), status: c.status,
    rating: v?.rating.label ?? null, ratingColor: v?.rating.color ?? null, summary: v?.summary ?? null,
    sourceCount: c.sources.length, sourceUrls: c.sources.map((s) => s.url).join("\n"),
    reviewer: v?.author.name ?? null, editor: v?.signedOffBy?.name ?? null, reviewedAt: iso(v?.createdAt), signedOffAt: iso(v?.signedOffAt),
    publishedAt: iso(published?.firstPublishedAt), publicUrl: published ? `${publicBase}/verdicts/${published.slug}` : null,
  };
}

/** Rows in batches by id, so memory stays flat however large the export. */
export async function* exportRows(where: Prisma.ClaimWhereInput, publicBase: string): AsyncGenerator<ExportRow> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await db().claim.findMany({ where: { ...where, ...(cursor ? { id: { gt: cursor } } : {}) }, orderBy: { id: "asc" }, take: BATCH, include });
    for (const claim of batch) yield toRow(claim, publicBase);
    if (batch.length < BATCH) return;
    cursor = batch[batch.length - 1].id;
  }
}

export async function* exportSources(where: Prisma.ClaimWhereInput): AsyncGenerator<ExportSource> {
  let cursor: string | undefined;
  for (;;) {
    const batch = await db().source.findMany({ where: { claim: where, ...(cursor ? { id: { gt: cursor } } : {}) }, orderBy: { id: "asc" }, take: BATCH });
    for (const s of batch) yield { claimId: s.claimId, url: s.url, publisher: s.publisher, publishedAt: day(s.publishedAt), stance: s.stance, excerpt: s.excerpt };
    if (batch.length < BATCH) return;
    cursor = batch[batch.length - 1].id;
  }
}

/** Published, not withdrawn, verdicts in a scope: the only claims a ClaimReview feed may contain. */
export async function publishedVerdicts(where: Prisma.ClaimWhereInput, publicBase: string) {
  const ratings = await db().rating.aggregate({ _min: { ordinal: true }, _max: { ordinal: true } });
  const claims = await db().claim.findMany({
    where: { ...where, publication: { is: { unpublishedAt: null } } },
    orderBy: { id: "asc" },
    include: { article: { select: { title: true, outlet: true, url: true, publishedAt: true } }, publication: { include: { verdict: { include: { rating: true } } } } },
  });
  return claims.map((c) => ({
    url: `${publicBase}/verdicts/${c.publication!.slug}`,
    claimText: c.text,
    quote: c.quote,
    speaker: c.speaker,
    articleUrl: c.article.url,
    articleTitle: c.article.title,
    outlet: c.article.outlet,
    articleDate: day(c.article.publishedAt),
    rating: { label: c.publication!.verdict.rating.label, ordinal: c.publication!.verdict.rating.ordinal },
    worstRating: ratings._min.ordinal ?? 1,
    bestRating: ratings._max.ordinal ?? 1,
    summary: c.publication!.verdict.summary,
    datePublished: c.publication!.firstPublishedAt.toISOString(),
    dateModified: c.publication!.updatedAt.toISOString(),
  }));
}

export function countExport(where: Prisma.ClaimWhereInput): Promise<number> {
  return db().claim.count({ where });
}
