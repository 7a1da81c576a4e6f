import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/db/articles";
import { listSessions } from "@/lib/db/sessions";
import { ExportForm } from "./_components/export-form";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage({ searchParams }: { searchParams: Promise<{ sessionId?: string }> }) {
  const actor = await requirePageActor("export.run");
  const [articles, sessions] = await Promise.all([listArticles(actor), listSessions(actor)]);
  const { sessionId } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Export a claim sheet</h1>
        <p className="mt-1 max-w-prose text-sm text-slate-600">
          Verified claims with their rating, summary, sources and sign-off, for the desk, partners or the archive. Cells that a spreadsheet would run as a formula are written as text.
        </p>
      </div>
      {articles.length === 0 ? (
        <p className="text-sm text-slate-600">There are no articles to export yet.</p>
      ) : (
        <ExportForm
          articles={articles.map((a) => ({ id: a.id, title: a.title, verified: a.verifiedCount, total: a.claimCount }))}
          sessions={sessions.map((s) => ({ id: s.id, name: s.name }))}
          initialScope={sessionId && sessions.some((s) => s.id === sessionId) ? `session:${sessionId}` : undefined}
          canIncludeAll={can(actor, "verdict.signoff")}
        />
      )}
    </div>
  );
}
