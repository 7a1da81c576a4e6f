import Link from "next/link";
import { claimTypeLabel } from "@/lib/claim-labels";
import type { ArticlePreview } from "@/lib/db/articles";

export function ClaimsPreview({ preview }: { preview: ArticlePreview | null }) {
  if (!preview) {
    return (
      <p className="text-sm text-slate-600">Preview the claims to see what claimdesk will find before you save.</p>
    );
  }
  return (
    <div>
      {preview.duplicateOf && (
        <p
          role="status"
          data-testid="duplicate"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          This article is already in claimdesk:{" "}
          <Link className="underline" href={`/articles/${preview.duplicateOf.id}`}>
            {preview.duplicateOf.title}
          </Link>
        </p>
      )}
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        {preview.claims.length} claims found · {preview.skipped} passages skipped
      </h2>
      <ol className="mt-3 space-y-2" data-testid="preview-claims">
        {preview.claims.map((c, i) => (
          <li key={i} className="rounded-md border border-slate-200 bg-white p-2.5 text-sm">
            {c.text}
            <span className="mt-1 block text-xs text-slate-500">
              {claimTypeLabel(c.type)} · check-worthiness {Math.round(c.score * 100)}%
              {c.speaker ? ` · ${c.speaker}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
