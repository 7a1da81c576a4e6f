import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { ClaimProgress } from "@/components/articles/claim-progress";
import { requirePageActor } from "@/lib/auth/guard";
import { listArticles } from "@/lib/db/articles";
import { formatDate, plural } from "@/lib/format";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("article.read");
  const articles = await listArticles(actor);
  return (
    <div>
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
        <div className="flex items-center gap-4">
          <p className="text-sm text-slate-600">{plural(articles.length, "article")}</p>
          <Link
            href="/articles/new"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-slate-800"
          >
            Add article
          </Link>
        </div>
      </div>
      {articles.length === 0 ? (
        <div className="mt-10 rounded-xl border border-dashed border-slate-300 bg-white p-12 text-center">
          <h2 className="font-medium">No articles yet</h2>
          <p className="mt-2 text-sm text-slate-600">
            Articles you bring in appear here with their claims.{" "}
            <Link href="/articles/new" className="text-sky-700 underline">
              Add the first one
            </Link>
            .
          </p>
        </div>
      ) : (
        <DataTable
          className="mt-6"
          columns={[
            { label: "Title" },
            { label: "Outlet" },
            { label: "Published" },
            { label: "Claims", align: "right" },
            { label: "Progress" },
          ]}
        >
          {articles.map((a) => (
            <tr key={a.id} className="hover:bg-slate-50">
              <td className="max-w-md px-4 py-3">
                <Link
                  href={`/articles/${a.id}`}
                  className="font-medium text-slate-900 hover:text-sky-700 hover:underline"
                >
                  {a.title}
                </Link>
              </td>
              <td className="px-4 py-3 text-slate-700">
                {a.outlet ?? <span className="text-slate-400">Unknown</span>}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDate(a.publishedAt)}</td>
              <td className="px-4 py-3 text-right tabular-nums" data-testid="claim-count">
                {a.claimCount}
              </td>
              <td className="px-4 py-3">
                <ClaimProgress verified={a.verifiedCount} total={a.claimCount} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
