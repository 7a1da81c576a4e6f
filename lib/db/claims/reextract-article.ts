import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db } from "../client";
import { recordAudit } from "../audit";
import { extractArticleClaims } from "../../extract/configured-extractor";
import { insertExtractedClaims } from "./extracted-claims";
import { matchAfterSave } from "./find-matches";

export type ReextractResult = { kept: number; replaced: number; added: number };

/**
 * Runs extraction again without destroying reviewed work: claims with sources, verdicts, comments,
 * an assignee, edits, a status past Unreviewed or added by hand are kept, and new claims whose span
 * matches a kept one are not added twice. Only untouched extracted claims are replaced.
 */
export async function reextractArticle(actor: Actor, articleId: string): Promise<ReextractResult> {
  assertCan(actor, "claim.edit");
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { id: true, body: true, publishedAt: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist or was removed.");
  // An article's body never changes, so claims extracted outside the transaction still fit it.
  const extracted = await extractArticleClaims(article.body, { referenceDate: article.publishedAt ?? undefined });
  const result = await db().$transaction(
    async (tx) => {
      // One re-extraction of an article at a time: a second one waits, then sees the first one's claims.
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      const claims = await tx.claim.findMany({
        where: { articleId },
        select: {
          id: true,
          start: true,
          end: true,
          status: true,
          origin: true,
          edited: true,
          assigneeId: true,
          _count: { select: { sources: true, verdicts: true, comments: true, assignments: true } },
        },
      });
      const touched = (c: (typeof claims)[number]) =>
        c.status !== "UNREVIEWED" ||
        c.origin !== "EXTRACTED" ||
        c.edited ||
        c.assigneeId !== null ||
        Object.values(c._count).some((n) => n > 0);
      const kept = claims.filter(touched);
      const replaced = claims.filter((c) => !touched(c)).map((c) => c.id);
      await tx.claim.deleteMany({ where: { id: { in: replaced }, articleId } });
      const overlapsKept = (span: { start: number; end: number }) =>
        kept.some((k) => span.start < k.end && span.end > k.start);
      const added = await insertExtractedClaims(tx, article, extracted, (c) => !overlapsKept(c));
      const counts = { kept: kept.length, replaced: replaced.length, added };
      await recordAudit(tx, actor, {
        action: "article.reextract",
        entityType: "Article",
        entityId: articleId,
        after: counts,
      });
      return counts;
    },
    { timeout: 60_000 },
  );
  // Matching covers every claim of the article, the kept ones too.
  await matchAfterSave(articleId, result.kept + result.added);
  return result;
}
