import "server-only";
import { z } from "zod";
import { assertCan, can, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import {
  formatQuantities,
  formatSources,
  type ExportedClaim,
  type ExportRow,
  type ExportSource,
} from "../export/columns";
import type { Quantity } from "../extract/types";
import type { Prisma } from "./generated/prisma/client";
import { isoDay } from "../format";
import { verdictUrl } from "../publish/paths";
import { bulkReads, db } from "./client";
import { ratingScale } from "./public-verdicts";
import { queueWhere } from "./queue";
import { claimsUnderBlindReview, isBlindTo } from "./claims/blind-review";
import { sessionClaimsWhere } from "./session-scope";
import { requireSessionAccess } from "./sessions";
import { queueQuerySchema } from "../validation/queue";
import { QUEUE_VIEW_LABEL, STANCE_LABEL, STATUS_LABEL, claimTypeLabel } from "../claim-labels";
import { parseInput } from "../validation/parse-input";

export const exportScopeSchema = z
  .object({
    articleId: z.string().min(1).optional(),
    sessionId: z.string().min(1).optional(),
    queue: queueQuerySchema.pick({ view: true, status: true, type: true, q: true, minScore: true }).optional(),
    includeAll: z.boolean().default(false),
  })
  .refine((s) => [s.articleId, s.sessionId, s.queue].filter(Boolean).length === 1, {
    message: "Choose one article, one review session or a queue view to export.",
  });
export type ExportScope = z.input<typeof exportScopeSchema>;

const BATCH = 1000;
// Timestamps are stored in UTC; Postgres writes them as the sheet shows them, which saves parsing
// 100,000 dates into objects only to write them back out as text.
const instant = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** Checks the scope exists and this role may export it; returns the claim filter and a description. */
export async function resolveExportScope(
  actor: Actor,
  input: ExportScope,
): Promise<{ where: Prisma.ClaimWhereInput; label: string; subject: string }> {
  const { where, label, subject } = await scopeWhere(actor, input);
  if (!isBlindTo(actor)) return { where, label, subject };
  // A reviewer's sheet leaves out claims whose blind ratings are not both in: their verdict is not theirs to see yet.
  const blind = [...(await claimsUnderBlindReview(db(), "all")).keys()];
  return { where: blind.length ? { AND: [where, { id: { notIn: blind } }] } : where, label, subject };
}

/** The scope's where clause, its description, and its subject in a few words (for the file name). */
async function scopeWhere(
  actor: Actor,
  input: ExportScope,
): Promise<{ where: Prisma.ClaimWhereInput; label: string; subject: string }> {
  assertCan(actor, "export.run");
  const scope = parseInput(exportScopeSchema, input);
  // Reviewers export finished work only; editors and admins may include drafts with their status.
  if (scope.includeAll && !can(actor, "export.drafts"))
    throw new AppError("FORBIDDEN", "Only editors can export claims that are not verified yet.");
  const status: Prisma.ClaimWhereInput = scope.includeAll ? {} : { status: "VERIFIED" };
  const which = scope.includeAll ? "all claims" : "verified claims";
  if (scope.queue) {
    const where = await queueWhere(actor, scope.queue);
    return {
      where: { AND: [where, status] },
      label: `Queue: ${describeQueue(scope.queue)}, ${which}`,
      subject: `queue ${QUEUE_VIEW_LABEL[scope.queue.view]}`,
    };
  }
  if (scope.articleId) {
    const article = await db().article.findUnique({ where: { id: scope.articleId }, select: { title: true } });
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist.");
    return {
      where: { articleId: scope.articleId, ...status },
      label: `Article “${article.title}”, ${which}`,
      subject: article.title,
    };
  }
  // The same access rule as the session's own page: members, editors and admins.
  const session = await requireSessionAccess(actor, scope.sessionId!);
  return {
    where: { ...sessionClaimsWhere(session), ...status },
    label: `Session “${session.name}”, ${which}`,
    subject: `session ${session.name}`,
  };
}

export function describeQueue(q: NonNullable<z.infer<typeof exportScopeSchema>["queue"]>): string {
  return [
    QUEUE_VIEW_LABEL[q.view].toLowerCase(),
    q.status && `status ${STATUS_LABEL[q.status]}`,
    q.type && `type ${claimTypeLabel(q.type)}`,
    q.minScore !== undefined && `score at least ${q.minScore}`,
    q.q && `search “${q.q}”`,
  ]
    .filter(Boolean)
    .join(", ");
}

type RawRow = {
  id: string;
  text: string;
  quote: string;
  speaker: string | null;
  type: string;
  quantities: Quantity[];
  status: string;
  articleTitle: string;
  outlet: string | null;
  articleUrl: string | null;
  articleDate: string | null;
  rating: string | null;
  ratingColor: string | null;
  summary: string | null;
  rationale: string | null;
  reviewer: string | null;
  editor: string | null;
  reviewedAt: string | null;
  signedOffAt: string | null;
  sources: SourceFields[] | null;
  slug: string | null;
  publishedAt: string | null;
};
type SourceFields = {
  url: string;
  excerpt: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  archiveUrl: string | null;
  stance: keyof typeof STANCE_LABEL;
  primary: boolean;
};

const sourceFields = (s: SourceFields, claim: RawRow): ExportSource => ({
  ...s,
  claimId: claim.id,
  claim: claim.text,
  stance: STANCE_LABEL[s.stance] ?? s.stance,
  publishedAt: s.publishedAt && s.publishedAt.slice(0, 10),
});

function toClaim(c: RawRow, publicBase: string): ExportedClaim {
  const sources = (c.sources ?? []).map((s) => sourceFields(s, c));
  const row: ExportRow = {
    claimId: c.id,
    claim: c.text,
    quote: c.quote,
    speaker: c.speaker,
    type: claimTypeLabel(c.type),
    quantities: formatQuantities(c.quantities ?? []),
    articleTitle: c.articleTitle,
    outlet: c.outlet,
    articleUrl: c.articleUrl,
    articleDate: c.articleDate,
    // Words a partner reads ("Verified", "Statistic"), not the database's codes.
    status: STATUS_LABEL[c.status as keyof typeof STATUS_LABEL] ?? c.status,
    rating: c.rating,
    ratingColor: c.ratingColor,
    summary: c.summary,
    rationale: c.rationale || null,
    sources: formatSources(sources),
    reviewer: c.reviewer,
    editor: c.editor,
    reviewedAt: c.reviewedAt,
    signedOffAt: c.signedOffAt,
    publishedAt: c.publishedAt,
    publicUrl: c.slug ? verdictUrl(publicBase, c.slug) : null,
  };
  return { row, sources };
}

/**
 * Runs `fetch` batch after batch (each from the last key of the one before) and fetches the next
 * batch while the caller is still writing the current one, so the database and the writer work
 * at the same time. Memory holds at most two batches, however large the export.
 */
async function* prefetched<T>(
  fetch: (after: string) => Promise<{ items: T[]; last: string | null }>,
): AsyncGenerator<T> {
  let next = fetch("");
  try {
    for (;;) {
      const batch = await next;
      if (batch.last !== null) next = fetch(batch.last);
      yield* batch.items;
      if (batch.last === null) return;
    }
  } finally {
    // A reader that stops early leaves one fetch in flight; its failure is nobody's to report.
    next.catch(() => undefined);
  }
}

/** The next batch of claim ids in the scope, after `after`, in id order. */
async function claimIdsAfter(where: Prisma.ClaimWhereInput, after: string): Promise<string[]> {
  const claims = await db().claim.findMany({
    where: { ...where, id: { gt: after } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true },
  });
  return claims.map((c) => c.id);
}

/** Rows in batches by id (one query a batch: claim, article, latest verdict, sources, publication). */
export function exportClaims(where: Prisma.ClaimWhereInput, publicBase: string): AsyncGenerator<ExportedClaim> {
  return prefetched(async (after) => {
    const ids = await claimIdsAfter(where, after);
    if (!ids.length) return { items: [], last: null };
    const { rows } = await bulkReads().query<RawRow>(
      `SELECT c.id, c.text, c.quote, c.speaker, c.type::text AS type, c.quantities, c.status::text AS status,
             a.title AS "articleTitle", a.outlet, a.url AS "articleUrl", ${day('a."publishedAt"')} AS "articleDate",
             v.label AS rating, v.color AS "ratingColor", v.summary, v.rationale, v.reviewer, v.editor, ${instant('v."createdAt"')} AS "reviewedAt", ${instant('v."signedOffAt"')} AS "signedOffAt",
             (SELECT json_agg(json_build_object('url', s.url, 'title', s.title, 'publisher', s.publisher, 'publishedAt', s."publishedAt", 'archiveUrl', s."archiveUrl", 'stance', s.stance, 'primary', s."primary", 'excerpt', s.excerpt) ORDER BY s."createdAt", s.id)
                FROM "Source" s WHERE s."claimId" = c.id) AS sources,
             p.slug, ${instant('p."firstPublishedAt"')} AS "publishedAt"
      FROM "Claim" c
      JOIN "Article" a ON a.id = c."articleId"
      LEFT JOIN LATERAL (
        SELECT r.label, r.color, vv.summary, vv.rationale, vv."createdAt", vv."signedOffAt", au.name AS reviewer, ed.name AS editor
        FROM "Verdict" vv JOIN "Rating" r ON r.id = vv."ratingId" JOIN "User" au ON au.id = vv."authorId" LEFT JOIN "User" ed ON ed.id = vv."signedOffById"
        WHERE vv."claimId" = c.id ORDER BY vv.version DESC LIMIT 1
      ) v ON true
      LEFT JOIN "Publication" p ON p."claimId" = c.id AND p."unpublishedAt" IS NULL
      WHERE c.id = ANY($1)
      ORDER BY c.id`,
      [ids],
    );
    return {
      items: rows.map((row) => toClaim(row, publicBase)),
      last: ids.length < BATCH ? null : ids[ids.length - 1],
    };
  });
}

/** The sheet's rows alone (CSV and JSON show a claim's sources in one cell). */
export async function* exportRows(where: Prisma.ClaimWhereInput, publicBase: string): AsyncGenerator<ExportRow> {
  for await (const { row } of exportClaims(where, publicBase)) yield row;
}

/** Published, not withdrawn, verdicts in a scope: the only claims a ClaimReview feed may contain. */
export async function publishedVerdicts(where: Prisma.ClaimWhereInput, publicBase: string) {
  const scale = await ratingScale();
  const claims = await db().claim.findMany({
    where: { ...where, publication: { is: { unpublishedAt: null } } },
    orderBy: { id: "asc" },
    include: {
      article: { select: { title: true, outlet: true, url: true, publishedAt: true } },
      publication: { include: { verdict: { include: { rating: true } } } },
    },
  });
  return claims.map((c) => ({
    url: verdictUrl(publicBase, c.publication!.slug),
    // The wording readers were shown, not the workbench's current draft of it.
    claimText: c.publication!.claimText,
    quote: c.publication!.claimQuote,
    speaker: c.publication!.speaker,
    articleUrl: c.article.url,
    articleTitle: c.article.title,
    outlet: c.article.outlet,
    articleDate: isoDay(c.article.publishedAt),
    rating: {
      label: c.publication!.verdict.rating.label,
      ordinal: c.publication!.verdict.rating.ordinal,
      onScale: c.publication!.verdict.rating.onScale,
    },
    worstRating: scale.worst,
    bestRating: scale.best,
    summary: c.publication!.verdict.summary,
    datePublished: c.publication!.firstPublishedAt.toISOString(),
    dateModified: c.publication!.updatedAt.toISOString(),
  }));
}

export function countExport(where: Prisma.ClaimWhereInput): Promise<number> {
  return db().claim.count({ where });
}
