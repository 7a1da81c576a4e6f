import { Markdown } from "@/components/public/markdown";
import { RatingBadge } from "@/components/public/rating-badge";
import type { PublicVerdict } from "@/lib/db/public-verdicts";
import { formatDate } from "@/lib/format";
import { PUBLICATION_EVENT_LABEL } from "@/lib/publish/paths";

const STANCE: Record<string, string> = {
  SUPPORTS: "Supports the claim",
  REFUTES: "Contradicts the claim",
  CONTEXT: "Gives context",
};

/** A verdict page's article: the claim, the verdict or its withdrawal, and every correction. The public page and the editor's preview both render it. */
export function VerdictArticle({ v, children }: { v: PublicVerdict; children?: React.ReactNode }) {
  const changes = v.events.filter((e) => e.kind !== "PUBLISHED");
  const lastChange = changes[0];
  const { article } = v.claim;
  return (
    <article className="space-y-8">
      <header className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">Fact check</p>
        <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">{v.claim.text}</h1>
        <p className="text-slate-700">
          {v.claim.speaker ? (
            <>
              Claimed by <strong>{v.claim.speaker}</strong>
            </>
          ) : (
            "Claimed"
          )}
          {article.outlet ? (
            <>
              {" "}
              in <strong>{article.outlet}</strong>
            </>
          ) : null}
          {article.publishedAt ? <>, {formatDate(article.publishedAt)}</> : null}
          {article.url ? (
            <>
              {" "}
              ·{" "}
              <a href={article.url} rel="nofollow noopener" className="text-sky-800 underline">
                Read the original article
              </a>
            </>
          ) : null}
        </p>
        <blockquote className="border-l-4 border-slate-300 pl-4 font-serif text-slate-700">
          <p className="text-xs font-sans uppercase tracking-wide text-slate-500">In the article’s words</p>“
          {v.claim.quote}”
        </blockquote>
      </header>

      {v.unpublishedAt ? (
        <section role="note" aria-label="Withdrawn" className="rounded-lg border-2 border-red-700 bg-red-50 p-5">
          <h2 className="text-lg font-semibold text-red-900">
            This fact check was withdrawn on {formatDate(v.unpublishedAt)}
          </h2>
          <p className="mt-2 text-red-950">{v.unpublishReason}</p>
        </section>
      ) : (
        <VerdictBody v={v} lastChange={lastChange} />
      )}

      {changes.length > 0 && (
        <section aria-labelledby="corrections" className="border-t border-slate-200 pt-6">
          <h2 id="corrections" className="text-lg font-semibold">
            Corrections and updates
          </h2>
          <ol className="mt-3 space-y-4" data-testid="corrections">
            {changes.map((e, i) => (
              <li key={i} className="rounded-md bg-slate-50 p-3">
                <p className="text-sm">
                  <strong>{PUBLICATION_EVENT_LABEL[e.kind]}</strong>, {formatDate(e.createdAt)}
                </p>
                {e.note && <p className="mt-1 text-slate-800">{e.note}</p>}
                {e.verdict && !v.unpublishedAt && e.kind !== "REPUBLISHED" && (
                  <p className="mt-1 text-sm text-slate-600">Rating from then on: {e.verdict.rating.label}</p>
                )}
              </li>
            ))}
            {!v.unpublishedAt && <FirstPublished v={v} />}
          </ol>
        </section>
      )}
      {children}
    </article>
  );
}

function FirstPublished({ v }: { v: PublicVerdict }) {
  const first = v.events.find((e) => e.kind === "PUBLISHED");
  if (!first?.verdict) return null;
  return (
    <li className="rounded-md bg-slate-50 p-3">
      <p className="text-sm">
        <strong>First published</strong>, {formatDate(first.createdAt)}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        Rated {first.verdict.rating.label}: {first.verdict.summary}
      </p>
    </li>
  );
}

function VerdictBody({ v, lastChange }: { v: PublicVerdict; lastChange?: PublicVerdict["events"][number] }) {
  const { verdict } = v;
  return (
    <>
      {lastChange && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
          {PUBLICATION_EVENT_LABEL[lastChange.kind]} on {formatDate(lastChange.createdAt)}.{" "}
          <a href="#corrections" className="underline">
            See corrections and updates
          </a>
        </p>
      )}
      <section
        aria-label="Verdict"
        className="rounded-lg border border-slate-200 p-5"
        style={{ borderLeft: `6px solid ${verdict.rating.color}` }}
      >
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-slate-600">Our rating</span>
          <RatingBadge rating={verdict.rating} size="lg" />
        </div>
        <p className="mt-2 text-sm text-slate-600">
          <strong>{verdict.rating.label}:</strong> {verdict.rating.definition}
        </p>
        <p className="mt-4 font-serif text-xl leading-snug">{verdict.summary}</p>
      </section>

      {verdict.rationale.trim() && (
        <section aria-labelledby="rationale">
          <h2 id="rationale" className="text-lg font-semibold">
            How we checked
          </h2>
          <div className="mt-3 font-serif text-[1.05rem]">
            <Markdown text={verdict.rationale} />
          </div>
        </section>
      )}

      <section aria-labelledby="sources">
        <h2 id="sources" className="text-lg font-semibold">
          Sources ({verdict.sources.length})
        </h2>
        <ol className="mt-3 space-y-4" data-testid="public-sources">
          {verdict.sources.map((s) => (
            <li key={s.id} className="border-l-2 border-slate-200 pl-4">
              <p>
                <a href={s.url} rel="nofollow noopener" className="font-medium text-sky-800 underline">
                  {s.title ?? s.publisher ?? s.url}
                </a>
                {s.publisher && s.title ? <span className="text-slate-700"> — {s.publisher}</span> : null}
                {s.publishedAt ? <span className="text-slate-600">, {formatDate(s.publishedAt)}</span> : null}
              </p>
              <p className="text-sm text-slate-600">
                {STANCE[s.stance]}
                {s.primary ? " · Primary source" : ""}
                {s.archiveUrl ? (
                  <>
                    {" "}
                    ·{" "}
                    <a href={s.archiveUrl} rel="nofollow noopener" className="text-sky-800 underline">
                      Archived copy
                    </a>
                  </>
                ) : null}
              </p>
              {s.excerpt && <blockquote className="mt-1 text-sm italic text-slate-700">“{s.excerpt}”</blockquote>}
            </li>
          ))}
        </ol>
      </section>

      <dl className="grid gap-x-6 gap-y-1 border-t border-slate-200 pt-4 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">Checked by</dt>
        <dd>{verdict.author.name}</dd>
        {verdict.signedOffBy && (
          <>
            <dt className="text-slate-600">Edited by</dt>
            <dd>{verdict.signedOffBy.name}</dd>
          </>
        )}
        <dt className="text-slate-600">Published</dt>
        <dd>
          <time dateTime={v.firstPublishedAt.toISOString()}>{formatDate(v.firstPublishedAt)}</time>
        </dd>
        <dt className="text-slate-600">Updated</dt>
        <dd>
          <time dateTime={v.updatedAt.toISOString()}>{formatDate(v.updatedAt)}</time>
        </dd>
      </dl>
    </>
  );
}
