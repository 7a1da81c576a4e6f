import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { STATUS, type StatusKey } from "@/components/claims/status";
import { inputClass } from "@/components/ui/field";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { QUEUE_VIEW_LABEL, claimTypeLabel } from "@/lib/claim-labels";
import { COUNT_LIMIT, countQueue, listQueue } from "@/lib/db/queue";
import { AppError } from "@/lib/errors";
import { formatDate, plural, searchParamsOf } from "@/lib/format";
import { CLAIM_STATUSES, CLAIM_TYPES, queueQuerySchema } from "@/lib/validation/queue";
import { parseInput, safeParseInput } from "@/lib/validation/parse-input";

export const metadata: Metadata = { title: "Queue" };

type Search = Record<string, string | string[] | undefined>;

const pageButton =
  "inline-block rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50";

function href(params: Record<string, string | undefined>): string {
  return `/queue?${searchParamsOf(params)}`;
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("article.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = safeParseInput(queueQuerySchema, raw);
  const asked = parsed.success ? parsed.data : parseInput(queueQuerySchema, {});
  // A status filter applies to "All claims" only; an old link carrying one into another view drops it.
  const query = asked.view === "all" ? asked : { ...asked, status: undefined };
  const [result, total] = await Promise.all([
    listQueue(actor, query).catch((err) => {
      if (err instanceof AppError) return { rows: [], nextCursor: null, error: err.userMessage };
      throw err;
    }),
    countQueue(actor, query).catch((err) => {
      if (err instanceof AppError) return 0;
      throw err;
    }),
  ]);
  const views = [
    { id: "mine", label: QUEUE_VIEW_LABEL.mine },
    { id: "unassigned", label: QUEUE_VIEW_LABEL.unassigned },
    ...(can(actor, "verdict.signoff") ? [{ id: "signoff", label: QUEUE_VIEW_LABEL.signoff }] : []),
    { id: "all", label: QUEUE_VIEW_LABEL.all },
  ];
  // A tab starts from its own defaults: the status filter belongs to "All claims" (the other views
  // are defined by their statuses), and paging starts again at the first page.
  const limit = query.limit === 50 ? undefined : String(query.limit);
  const keep = { type: query.type, q: query.q, sort: query.sort, limit };
  const current = { ...keep, status: query.view === "all" ? query.status : undefined, view: query.view };
  // Previous/next: the cursors of earlier pages travel in the address ("-" is the first page).
  const trail = query.trail ? query.trail.split(",") : [];
  const first = trail.length * query.limit + 1;
  const previous = trail.length
    ? href({
        ...current,
        cursor: trail.at(-1) === "-" ? undefined : trail.at(-1),
        trail: trail.slice(0, -1).join(",") || undefined,
      })
    : null;
  const next = result.nextCursor
    ? href({ ...current, cursor: result.nextCursor, trail: [...trail, query.cursor ?? "-"].join(",") })
    : null;

  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Queue</h1>
        <Link
          href={`/exports?${searchParamsOf({ view: query.view, status: query.status, type: query.type, q: query.q })}`}
          className="text-sm text-sky-800 underline"
        >
          Export this view
        </Link>
      </div>
      <nav aria-label="Queue views" className="flex flex-wrap gap-1 border-b border-slate-200">
        {views.map((v) => (
          <Link
            key={v.id}
            href={href({ ...keep, view: v.id })}
            aria-current={query.view === v.id ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${query.view === v.id ? "border-slate-900 text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      <form
        method="get"
        action="/queue"
        role="search"
        aria-label="Filter the queue"
        className="flex flex-wrap items-end gap-3"
      >
        <input type="hidden" name="view" value={query.view} />
        <label className="grow text-sm">
          Search claims
          <input
            name="q"
            defaultValue={query.q ?? ""}
            placeholder="words in the claim"
            className={`${inputClass} mt-1`}
          />
        </label>
        {query.view === "all" && (
          <label className="text-sm">
            Status
            <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} mt-1`}>
              <option value="">Any</option>
              {CLAIM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS[s].label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="text-sm">
          Type
          <select name="type" defaultValue={query.type ?? ""} className={`${inputClass} mt-1`}>
            <option value="">Any</option>
            {CLAIM_TYPES.map((t) => (
              <option key={t} value={t}>
                {claimTypeLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Sort
          <select name="sort" defaultValue={query.sort} className={`${inputClass} mt-1`}>
            <option value="score">Most check-worthy</option>
            <option value="date">Newest</option>
          </select>
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white">
          Apply
        </button>
      </form>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-700">
          {parsed.error.issues[0].message} Showing the default queue.
        </p>
      )}
      {"error" in result && (
        <p role="alert" className="text-sm text-red-700">
          {result.error}
        </p>
      )}
      {result.rows.length > 0 && (
        <p className="text-sm text-slate-600" data-testid="queue-total">
          {first}–{first + result.rows.length - 1} of{" "}
          {total > COUNT_LIMIT ? `more than ${COUNT_LIMIT.toLocaleString("en-GB")} claims` : plural(total, "claim")}
        </p>
      )}
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {query.view === "mine"
            ? "Nothing is assigned to you. Pick claims from Unassigned."
            : "No claims match these filters."}
        </p>
      ) : (
        <ol
          className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
          data-testid="queue"
        >
          {result.rows.map((r) => (
            <li key={r.id} className="flex items-start gap-4 px-4 py-3">
              <span
                className="w-10 shrink-0 pt-0.5 text-right text-xs tabular-nums text-slate-500"
                title="Check-worthiness"
              >
                {Math.round(r.score * 100)}%
              </span>
              <div className="min-w-0 flex-1">
                <Link
                  href={`/articles/${r.articleId}?claim=${r.id}`}
                  className="text-sm font-medium text-slate-900 hover:text-sky-800"
                >
                  {r.text}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-slate-500">
                  <StatusBadge status={r.status as StatusKey} />
                  <span>{claimTypeLabel(r.type)}</span>
                  <span className="truncate">{r.articleTitle}</span>
                  <span>{r.assigneeName ? `Assigned to ${r.assigneeName}` : "Unassigned"}</span>
                  <span>{formatDate(r.createdAt)}</span>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {(previous || next) && (
        <nav aria-label="Pages" className="flex items-center gap-3">
          {previous && (
            <Link href={previous} className={pageButton}>
              Previous page
            </Link>
          )}
          {next && (
            <Link href={next} className={pageButton}>
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
