import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/db/articles";
import { describeQueue } from "@/lib/db/exports";
import { listSessions } from "@/lib/db/sessions";
import { searchParamsOf } from "@/lib/format";
import { queueQuerySchema } from "@/lib/validation/queue";
import { ExportForm } from "./_components/export-form";
import { safeParseInput } from "@/lib/validation/parse-input";

export const metadata: Metadata = { title: "Exports" };

type Search = Record<string, string | undefined>;

/** A queue view passed from the queue page ("Export this view"), kept as the query string the export API reads. */
function queueScope(search: Search): { value: string; label: string } | null {
  if (!search.view) return null;
  const parsed = safeParseInput(queueQuerySchema, search);
  if (!parsed.success) return null;
  const { view, status, type, q, minScore } = parsed.data;
  return {
    value: `queue:${searchParamsOf({ view, status, type, q, minScore })}`,
    label: `Queue: ${describeQueue(parsed.data)}`,
  };
}

export default async function ExportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("export.run");
  const [articles, sessions] = await Promise.all([listArticles(actor), listSessions(actor)]);
  const search = await searchParams;
  const { sessionId } = search;
  const queue = queueScope(search);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Export a claim sheet</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600">
          Verified claims with their rating, summary, sources and sign-off, for the desk, partners or the archive. Cells
          that a spreadsheet would run as a formula are written as text.
        </p>
      </div>
      {articles.length === 0 ? (
        <p className="text-sm text-slate-600">There are no articles to export yet.</p>
      ) : (
        <ExportForm
          articles={articles.map((a) => ({ id: a.id, title: a.title, verified: a.verifiedCount, total: a.claimCount }))}
          sessions={sessions.map((s) => ({ id: s.id, name: s.name }))}
          queue={queue}
          initialScope={
            queue?.value ?? (sessionId && sessions.some((s) => s.id === sessionId) ? `session:${sessionId}` : undefined)
          }
          canIncludeAll={can(actor, "export.drafts")}
        />
      )}
    </div>
  );
}
