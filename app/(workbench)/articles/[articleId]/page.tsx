import type { Metadata } from "next";
import { signOffRefusal } from "@/lib/workflow/sign-off";
import { ClaimPanel } from "@/components/claims/claim-panel";
import { highlightParagraphs } from "@/lib/articles/highlight";
import { orPageError, requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getArticleOrThrow } from "@/lib/db/articles";
import { getClaimDetail } from "@/lib/db/claims/claim-detail";
import { toMatchingProgress } from "@/lib/db/claims/find-matches";
import { listMatchesForArticle } from "@/lib/db/claims/match-suggestions";
import { formatDate, plural } from "@/lib/format";
import { ArticleText } from "./_components/article-text";
import { ClaimFilters, matchesFilter, type ClaimFilter } from "./_components/claim-filters";
import { ClaimList } from "./_components/claim-list";
import { MatchingStatus } from "./_components/matching-status";
import { ReextractButton } from "./_components/reextract-button";
import { KeyboardShortcuts } from "./_components/keyboard-shortcuts";
import { ScrollToClaim } from "./_components/scroll-to-claim";
import { PresenceBeacon } from "@/components/sessions/presence-beacon";
import { SelectionToClaim } from "./_components/selection-to-claim";

export const metadata: Metadata = { title: "Article" };

function nextClaim(claims: { id: string; version: number; text: string; status: string }[], id: string) {
  const open = claims.filter((c) => c.status !== "DISMISSED");
  const next = open[open.findIndex((c) => c.id === id) + 1];
  return next ? { id: next.id, version: next.version, text: next.text } : null;
}

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{
    claim?: string;
    session?: string;
    status?: string;
    type?: string;
    assignee?: string;
    minScore?: string;
    existing?: string;
  }>;
}) {
  const actor = await requirePageActor("article.read");
  const { articleId } = await params;
  const { claim: selected, session, existing, ...rawFilter } = await searchParams;
  const filter: ClaimFilter = {
    status: rawFilter.status,
    type: rawFilter.type,
    assignee: rawFilter.assignee,
    minScore: Number(rawFilter.minScore) || undefined,
  };
  const article = await getArticleOrThrow(actor, articleId).catch(orPageError);
  // Scope in the query: a claim id from the address must belong to this article.
  const selectedId = selected && article.claims.some((c) => c.id === selected) ? selected : null;
  const [matches, detail] = await Promise.all([
    listMatchesForArticle(actor, article.id),
    selectedId ? getClaimDetail(actor, selectedId) : null,
  ]);
  const paragraphs = highlightParagraphs(
    article.body,
    article.claims.filter((c) => c.status !== "DISMISSED"),
  );
  const matching = toMatchingProgress(article);
  const claimsById = new Map(article.claims.map((c) => [c.id, { status: c.status, text: c.text }]));

  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,68ch)_minmax(0,1fr)]">
      <article>
        {existing === "1" && (
          <p role="status" className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-950">
            This article is already in claimdesk: this is the copy the desk has, with its claims and any work on them.
            Nothing new was saved.
          </p>
        )}
        <p className="text-sm text-slate-600">
          {article.outlet ?? "Unknown outlet"} · {formatDate(article.publishedAt)}
          {article.byline && <> · {article.byline}</>}
          {article.url && (
            <>
              {" "}
              ·{" "}
              <a className="text-sky-700 underline" href={article.url} rel="noopener noreferrer">
                Original
              </a>
            </>
          )}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
        <p className="mt-2 text-xs text-slate-500">
          Select words to add a claim · press <kbd className="rounded border border-slate-300 px-1">?</kbd> for
          shortcuts
        </p>
        <ArticleText articleId={article.id} paragraphs={paragraphs} claims={claimsById} selectedId={selectedId} />
      </article>
      <ScrollToClaim claimId={selectedId} />
      {session && <PresenceBeacon sessionId={session} claimId={selectedId} />}
      <KeyboardShortcuts articleId={article.id} claimIds={article.claims.map((c) => c.id)} selectedId={selectedId} />
      <SelectionToClaim articleId={article.id} enabled={can(actor, "claim.edit")} />
      {/* Keyed by the open claim so the panel starts at its top, not where the list was scrolled. */}
      <aside
        key={selectedId ?? "list"}
        aria-label="Claims"
        className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto"
      >
        {detail ? (
          <ClaimPanel
            detail={detail}
            closeHref={`/articles/${article.id}`}
            canSignOff={can(actor, "verdict.signoff")}
            signOffRefusal={detail.verdict ? signOffRefusal(actor.id, detail.verdict.author.id) : null}
            canPublish={can(actor, "verdict.publish")}
            next={nextClaim(article.claims, detail.claim.id)}
          />
        ) : (
          <>
            <div className="flex items-center justify-between gap-3">
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">
                {plural(article.claims.length, "claim")}
              </h2>
              {can(actor, "claim.edit") && <ReextractButton articleId={article.id} />}
            </div>
            {!matching.finished && <MatchingStatus articleId={article.id} initial={matching} />}
            <ClaimFilters articleId={article.id} claims={article.claims} filter={filter} />
            <ClaimList
              articleId={article.id}
              claims={article.claims.filter((c) => matchesFilter(c, filter))}
              matches={matches}
            />
          </>
        )}
      </aside>
    </div>
  );
}
