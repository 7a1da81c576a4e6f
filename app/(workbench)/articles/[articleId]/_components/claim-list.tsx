import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { claimTypeLabel } from "@/lib/claim-labels";
import type { MatchSuggestion } from "@/lib/db/claims/match-suggestions";
import type { StatusKey } from "@/components/claims/status";
import { MatchSuggestionCard } from "./match-suggestion";

type ListedClaim = { id: string; text: string; type: string; score: number; speaker: string | null; status: StatusKey };

export function ClaimList({
  articleId,
  claims,
  matches,
}: {
  articleId: string;
  claims: ListedClaim[];
  matches: MatchSuggestion[];
}) {
  if (claims.length === 0)
    return (
      <p className="mt-4 text-sm text-slate-600">
        No claims yet — run extraction again, or add one from the article text.
      </p>
    );
  return (
    <ol className="mt-4 space-y-3">
      {claims.map((c) => (
        <li
          key={c.id}
          className={`rounded-lg border border-slate-200 bg-white p-3 shadow-sm ${c.status === "DISMISSED" ? "opacity-60" : ""}`}
          data-testid="claim"
        >
          <Link
            href={`/articles/${articleId}?claim=${c.id}`}
            scroll={false}
            data-claim-link={c.id}
            className="block text-sm leading-snug text-slate-900 hover:text-sky-800"
          >
            {c.text}
          </Link>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
            <StatusBadge status={c.status} />
            <span>{claimTypeLabel(c.type)}</span>
            <span>check-worthiness {Math.round(c.score * 100)}%</span>
            {c.speaker && <span>Source: {c.speaker}</span>}
          </p>
          {matches
            .filter((m) => m.claimId === c.id)
            .map((m) => (
              <MatchSuggestionCard key={m.id} match={m} />
            ))}
        </li>
      ))}
    </ol>
  );
}
