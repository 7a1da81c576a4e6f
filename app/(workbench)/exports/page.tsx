import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/db/articles";
import { ExportForm } from "./_components/export-form";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage() {
  const actor = await requirePageActor("export.run");
  const articles = await listArticles(actor);
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
        <ExportForm articles={articles.map((a) => ({ id: a.id, title: a.title, verified: a.verifiedCount, total: a.claimCount }))} canIncludeAll={can(actor, "verdict.signoff")} />
      )}
    </div>
  );
}
