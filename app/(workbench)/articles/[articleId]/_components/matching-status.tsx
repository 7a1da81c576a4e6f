"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { MatchingProgress } from "@/lib/db/claims/find-matches";

const POLL_MS = 1_000;

/**
 * While the article's claims are still being checked against other articles (large articles are
 * matched after the save), shows how far it has come, and shows the suggestions once it is done.
 */
export function MatchingStatus({ articleId, initial }: { articleId: string; initial: MatchingProgress }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    if (progress.finished || progress.stalled) return;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/articles/${articleId}/matching`, { cache: "no-store" }).catch(() => null);
      // A failed poll keeps what is shown and asks again (a new object re-runs this effect).
      const next = res?.ok ? ((await res.json()) as MatchingProgress) : { ...progress };
      setProgress(next);
      if (next.finished) router.refresh();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [articleId, progress, router]);

  if (progress.finished) return null;
  if (progress.stalled)
    return (
      <p role="status" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        Checking these claims against other articles stopped after {progress.done} of {progress.total}. Suggestions
        below may be incomplete; re-extracting the claims checks them again.
      </p>
    );
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div
      role="status"
      data-testid="matching-status"
      className="mt-3 rounded-md border border-slate-200 bg-white px-3 py-2"
    >
      <p className="text-sm text-slate-700">
        {progress.total
          ? `Checking claims against other articles: ${progress.done} of ${progress.total}`
          : "Waiting to check claims against other articles…"}
      </p>
      <div
        className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-label="Claims checked for matches"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="h-full rounded-full bg-sky-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
