import "server-only";
import { contentHash, normaliseBody } from "../articles/content-hash";
import { extractArticleClaims } from "../extract/configured-extractor";
import { assertCan, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { createArticleSchema, type CreateArticleInput } from "../validation/articles";
import { db } from "./client";
import { recordAudit } from "./audit";
import { insertExtractedClaims } from "./claims/extracted-claims";
import { matchAfterSave, matchesInline } from "./claims/find-matches";
import { isSystemActor } from "./system-actor";
import { parseInput } from "../validation/parse-input";

export type ArticleListItem = {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  claimCount: number;
  verifiedCount: number;
  dismissedCount: number;
};

/** Articles with their claim counts, newest first. */
export async function listArticles(actor: Actor): Promise<ArticleListItem[]> {
  assertCan(actor, "article.read");
  const articles = await db().article.findMany({
    select: { id: true, title: true, outlet: true, publishedAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const counts = await db().claim.groupBy({ by: ["articleId", "status"], _count: { _all: true } });
  return articles.map((a) => {
    const mine = counts.filter((c) => c.articleId === a.id);
    const sum = (pred: (s: string) => boolean) =>
      mine.filter((c) => pred(c.status)).reduce((n, c) => n + c._count._all, 0);
    return {
      ...a,
      claimCount: sum((s) => s !== "DISMISSED"),
      verifiedCount: sum((s) => s === "VERIFIED"),
      dismissedCount: sum((s) => s === "DISMISSED"),
    };
  });
}

export async function getArticleOrThrow(actor: Actor, id: string) {
  assertCan(actor, "article.read");
  const article = await db().article.findUnique({
    where: { id },
    include: { claims: { orderBy: { start: "asc" }, include: { assignee: { select: { id: true, name: true } } } } },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist or was removed.");
  return article;
}

/** The same text (by content hash), or the same canonical address, is the same article. */
function sameArticle(hash: string, url: string | undefined) {
  return { OR: [{ contentHash: hash }, ...(url ? [{ url }] : [])] };
}

export type CreateArticleResult = { id: string; duplicate: boolean; claims: number };

export type ArticlePreview = {
  claims: { text: string; quote: string; type: string; score: number; speaker: string | null }[];
  skipped: number;
  duplicateOf: { id: string; title: string } | null;
};

/** What saving would store: the claims the extractor finds, and the article it would duplicate, if any. */
export async function previewArticle(actor: Actor, input: CreateArticleInput): Promise<ArticlePreview> {
  assertCan(actor, "article.create");
  const data = parseInput(createArticleSchema, input);
  const body = normaliseBody(data.body);
  const duplicateOf = await db().article.findFirst({
    where: sameArticle(contentHash(body), data.url),
    select: { id: true, title: true },
  });
  const { claims, skipped } = await extractArticleClaims(body, { referenceDate: data.publishedAt });
  return {
    claims: claims.map(({ text, quote, type, score, speaker }) => ({ text, quote, type, score, speaker })),
    skipped: skipped.length,
    duplicateOf,
  };
}

/** What a save is doing, for a progress display: each step once, in this order. */
export type SaveProgress =
  | { step: "extracting" }
  | { step: "storing"; claims: number }
  | { step: "matching"; claims: number; background: boolean };

/**
 * Stores an article once, with its extracted claims, in one transaction: the same text again
 * (by content hash) returns the existing article.
 */
export async function createArticle(
  actor: Actor,
  input: CreateArticleInput,
  onProgress: (progress: SaveProgress) => void = () => undefined,
): Promise<CreateArticleResult> {
  assertCan(actor, "article.create");
  const data = parseInput(createArticleSchema, input);
  const body = normaliseBody(data.body);
  const hash = contentHash(body);
  onProgress({ step: "extracting" });
  const extracted = await extractArticleClaims(body, { referenceDate: data.publishedAt });
  onProgress({ step: "storing", claims: extracted.claims.length });
  const stored = await storeArticle(actor, { data, body, hash, extracted }).catch(async (err: unknown) => {
    // Two saves of one address at once: the unique address lets one win; the other gets that article.
    if ((err as { code?: string }).code !== "P2002") throw err;
    const winner = await db().article.findFirst({ where: sameArticle(hash, data.url), select: { id: true } });
    if (!winner) throw err;
    return { id: winner.id, duplicate: true, claims: 0 };
  });
  if (!stored.duplicate) {
    onProgress({ step: "matching", claims: stored.claims, background: !matchesInline(stored.claims) });
    await matchAfterSave(stored.id, stored.claims);
  }
  return stored;
}

type StoreInput = {
  data: ReturnType<typeof createArticleSchema.parse>;
  body: string;
  hash: string;
  extracted: Awaited<ReturnType<typeof extractArticleClaims>>;
};

function storeArticle(actor: Actor, { data, body, hash, extracted }: StoreInput): Promise<CreateArticleResult> {
  return db().$transaction(
    async (tx) => {
      const existing = await tx.article.findFirst({ where: sameArticle(hash, data.url), select: { id: true } });
      if (existing) return { id: existing.id, duplicate: true, claims: 0 };
      const article = await tx.article.create({
        // Matching starts once the claims are stored: the article counts as queued for it from now.
        data: {
          ...data,
          body,
          contentHash: hash,
          addedById: isSystemActor(actor) ? null : actor.id,
          matchingUpdatedAt: new Date(),
        },
        select: { id: true, title: true, body: true },
      });
      const claims = await insertExtractedClaims(tx, article, extracted);
      await recordAudit(tx, actor, {
        action: "article.create",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, claims },
      });
      return { id: article.id, duplicate: false, claims };
    },
    { timeout: 60_000 },
  );
}
