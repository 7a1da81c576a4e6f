import type { Metadata } from "next";
import Link from "next/link";
import { VerdictCard } from "@/components/public/verdict-card";
import { listPublicVerdicts, publishedOutlets, ratingScale } from "@/lib/db/public-verdicts";
import { isoDay, plural, searchParamsOf } from "@/lib/format";
import { publicIndexSchema, type PublicIndexQuery } from "@/lib/validation/publications";
import { parseInput, safeParseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "All fact checks", alternates: { canonical: "/verdicts" } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

function pageHref(query: PublicIndexQuery, page: number): string {
  const qs = searchParamsOf({
    q: query.q,
    rating: query.rating,
    outlet: query.outlet,
    from: isoDay(query.from),
    to: isoDay(query.to),
    page: page > 1 ? page : null,
  }).toString();
  return qs ? `/verdicts?${qs}` : "/verdicts";
}

/** The public index: search and filters in a plain GET form, so it works without JavaScript and every view is a link. */
export default async function VerdictIndexPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = safeParseInput(publicIndexSchema, raw);
  const query: PublicIndexQuery = parsed.success ? parsed.data : parseInput(publicIndexSchema, {});
  const active = [query.rating, query.outlet, query.from, query.to].filter(Boolean).length;
  const [result, scale, outlets] = await Promise.all([listPublicVerdicts(query), ratingScale(), publishedOutlets()]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">All fact checks</h1>
      <form
        method="get"
        action="/verdicts"
        role="search"
        aria-label="Search fact checks"
        className="mt-6 grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-6"
      >
        <div className="sm:col-span-6">
          <label htmlFor="q" className="text-sm font-medium">
            Search claims
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            className={field}
            placeholder="e.g. shells, trade, treaty"
          />
        </div>
        {/* On a phone the filters fold away under the search box, so the first result is in view;
            from the small breakpoint up they are always shown (the summary hides, the content stays). */}
        <details
          open={active > 0}
          className="group sm:col-span-6 sm:[&::details-content]:[content-visibility:visible] sm:[&::details-content]:block"
        >
          <summary className="cursor-pointer text-sm font-medium text-slate-700 sm:hidden">
            Filters{active > 0 ? ` (${active})` : ""}
          </summary>
          <div className="mt-3 grid gap-3 sm:mt-0 sm:grid-cols-6">
            <div className="sm:col-span-2">
              <label htmlFor="rating" className="text-sm font-medium">
                Rating
              </label>
              <select id="rating" name="rating" defaultValue={query.rating ?? ""} className={field}>
                <option value="">Any rating</option>
                {scale.ratings.map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="sm:col-span-2">
              <label htmlFor="outlet" className="text-sm font-medium">
                Outlet
              </label>
              <select id="outlet" name="outlet" defaultValue={query.outlet ?? ""} className={field}>
                <option value="">Any outlet</option>
                {outlets.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="from" className="text-sm font-medium">
                From
              </label>
              <input id="from" name="from" type="date" defaultValue={isoDay(query.from) ?? ""} className={field} />
            </div>
            <div>
              <label htmlFor="to" className="text-sm font-medium">
                To
              </label>
              <input id="to" name="to" type="date" defaultValue={isoDay(query.to) ?? ""} className={field} />
            </div>
          </div>
        </details>
        <div className="flex items-center gap-4 sm:col-span-6">
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white">
            Search
          </button>
          <Link href="/verdicts" className="text-sm text-slate-700 underline">
            Clear
          </Link>
          {!parsed.success && (
            <p role="alert" className="text-sm text-red-700">
              {parsed.error.issues[0].message} Showing all fact checks instead.
            </p>
          )}
        </div>
      </form>
      <p className="mt-6 text-sm text-slate-600" aria-live="polite">
        {plural(result.total, "fact check")}
        {result.pages > 1 ? `, page ${result.page} of ${result.pages}` : ""}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No published fact check matches. Try fewer words or clear the filters.
        </p>
      ) : (
        <ul className="mt-2">
          {result.items.map((item) => (
            <VerdictCard key={item.slug} item={item} />
          ))}
        </ul>
      )}
      {result.pages > 1 && (
        <nav aria-label="Pages" className="mt-6 flex justify-between text-sm">
          {result.page > 1 ? (
            <Link rel="prev" href={pageHref(query, result.page - 1)} className="font-medium text-sky-800 underline">
              Newer
            </Link>
          ) : (
            <span />
          )}
          {result.page < result.pages ? (
            <Link rel="next" href={pageHref(query, result.page + 1)} className="font-medium text-sky-800 underline">
              Older
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
