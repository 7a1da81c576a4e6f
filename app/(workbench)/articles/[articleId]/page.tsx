import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { highlightParagraphs } from "@/lib/articles/highlight";
import { claimTypeLabel } from "@/lib/claim-labels";
import { requirePageActor } from "@/lib/auth/guard";
import { getArticleOrThrow } from "@/lib/db/articles";
import { listMatchesForArticle } from "@/lib/db/claims/claim-matches";
import { AppError } from "@/lib/errors";
import { formatDate, plural } from "@/lib/format";
import { can } from "@/lib/auth/permissions";
import { MatchSuggestionCard } from "./_components/match-suggestion";
import { ReextractButton } from "./_components/reextract-button";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const actor = await requirePageActor("article.read");
  const { articleId } = await params;
  const article = await getArticleOrThrow(actor, articleId).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const paragraphs = highlightParagraphs(article.body, article.claims);
  const matches = await listMatchesForArticle(actor, article.id);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,68ch)_minmax(0,1fr)]">
      <article>
        <p className="text-sm text-slate-600">
          {article.outlet ?? "Unknown outlet"} · {formatDate(article.publishedAt)}
          {article.byline && <> · {article.byline}</>}
          {article.url && <> · <a className="text-sky-700 underline" href={article.url} rel="noopener noreferrer">Original</a></>}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
        <div className="mt-8 space-y-4 font-serif text-lg leading-relaxed text-slate-800">
          {paragraphs.map((p) => (
            <p key={p.start}>
              {p.pieces.map((piece) => piece.marked
                ? <mark key={piece.start} className="rounded-sm bg-amber-100 px-0.5 text-inherit">{piece.text}</mark>
                : <span key={piece.start}>{piece.text}</span>)}
            </p>
          ))}
        </div>
      </article>
      <aside aria-label="Claims" className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto">
        <div className="flex items-center justify-between gap-3">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{plural(article.claims.length, "claim")}</h2>
          {can(actor, "claim.edit") && <ReextractButton articleId={article.id} />}
        </div>
        {article.claims.length === 0 ? (
          <p className="mt-4 text-sm text-slate-600">No claims were found in this article.</p>
        ) : (
          <ol className="mt-4 space-y-3">
            {article.claims.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="claim">
                <p className="text-sm leading-snug text-slate-900">{c.text}</p>
                <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-500">
                  <span>{claimTypeLabel(c.type)}</span>
                  <span>check-worthiness {Math.round(c.score * 100)}%</span>
                  {c.speaker && <span>Source: {c.speaker}</span>}
                </p>
                {matches.filter((m) => m.claimId === c.id).map((m) => <MatchSuggestionCard key={m.id} match={m} />)}
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
