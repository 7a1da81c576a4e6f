import type { Metadata } from "next";
import Link from "next/link";
import { PublishForm } from "@/components/claims/publish-form";
import { VerdictArticle } from "@/components/public/verdict-article";
import { orPageError, requirePageActor } from "@/lib/auth/guard";
import { previewPublication } from "@/lib/db/publications";
import { verdictPath } from "@/lib/publish/paths";

export const metadata: Metadata = { title: "Preview and publish" };

const HEADING = {
  first: "Preview and publish",
  correction: "Preview and publish the correction",
  republish: "Preview and publish again",
} as const;

/** The public page exactly as readers will see it, with the publish step above it: nothing goes public unseen. */
export default async function PublishPreviewPage({ params }: { params: Promise<{ claimId: string }> }) {
  const actor = await requirePageActor("verdict.publish");
  const { claimId } = await params;
  const { claim, mode, refusal, page } = await previewPublication(actor, claimId).catch(orPageError);
  const back = `/articles/${claim.articleId}?claim=${claim.id}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-600">
          <Link href={back} className="hover:underline">
            ← Back to the claim
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{HEADING[mode]}</h1>
        {page && (
          <p className="text-sm text-slate-600">
            Its address will be <code className="rounded bg-slate-100 px-1">{verdictPath(page.slug)}</code>
          </p>
        )}
      </header>
      <section aria-label="Publish" className="rounded-lg border border-slate-200 bg-white p-4">
        {refusal ? (
          <p role="alert" className="text-sm text-red-800">
            {refusal.message}
          </p>
        ) : (
          <PublishForm claimId={claim.id} version={claim.version} mode={mode} back={back} />
        )}
      </section>
      {page && (
        <section
          aria-label="Preview of the public page"
          className="rounded-lg border-2 border-dashed border-slate-300 bg-white"
        >
          <p className="border-b border-slate-200 bg-slate-50 px-5 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
            Preview · not public yet
          </p>
          <div className="mx-auto max-w-3xl px-5 py-8">
            <VerdictArticle v={page} />
          </div>
        </section>
      )}
    </div>
  );
}
