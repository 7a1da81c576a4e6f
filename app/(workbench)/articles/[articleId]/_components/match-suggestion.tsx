"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { decideMatchAction, reuseMatchSourcesAction, reuseMatchVerdictAction } from "@/lib/actions/articles";
import type { MatchSuggestion } from "@/lib/db/claims/match-suggestions";
import { formatDate } from "@/lib/format";

export function MatchSuggestionCard({ match }: { match: MatchSuggestion }) {
  const [status, setStatus] = useState<string>(match.status);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const router = useRouter();
  if (status === "DISMISSED") return null;

  async function reuse() {
    const result = await reuseMatchSourcesAction({ matchId: match.id });
    if (!result.ok) return setError(result.message);
    setCopied(`Copied ${result.data.copied} source${result.data.copied === 1 ? "" : "s"}.`);
    router.refresh();
  }

  async function reuseVerdict() {
    const result = await reuseMatchVerdictAction({ matchId: match.id });
    if (!result.ok) return setError(result.message);
    setCopied("Its verdict is now this claim's draft; review it and attach sources before sign-off.");
    router.refresh();
  }

  async function decide(decision: "CONFIRMED" | "DISMISSED") {
    const result = await decideMatchAction({ matchId: match.id, decision });
    if (result.ok) setStatus(result.data.status);
    else setError(result.message);
  }

  const rated = match.other.rating
    ? `, rated ${match.other.rating} on ${formatDate(match.other.ratedAt)}`
    : ", not yet rated";
  return (
    <div
      className="mt-2 rounded-md border border-sky-200 bg-sky-50 p-2 text-xs text-sky-950"
      data-testid="match-suggestion"
    >
      <p>
        {status === "CONFIRMED" ? "Linked to" : "Same claim as"} “{match.other.text}” in{" "}
        <Link className="underline" href={`/articles/${match.other.articleId}`}>
          {match.other.articleTitle}
        </Link>
        {rated}.
      </p>
      {match.numberConflict && (
        <p className="mt-1 font-medium text-amber-800">The numbers differ between the two articles.</p>
      )}
      {match.verdictChanged && (
        <p className="mt-1 font-medium text-amber-800" data-testid="verdict-changed">
          The verdict on the linked claim has changed since you linked it.
        </p>
      )}
      {status === "CONFIRMED" && match.other.sources > 0 && (
        <button
          type="button"
          onClick={reuse}
          className="mt-2 rounded border border-sky-300 bg-white px-2 py-0.5 font-medium hover:bg-sky-100"
        >
          Reuse its {match.other.sources} source{match.other.sources === 1 ? "" : "s"}
        </button>
      )}
      {status === "CONFIRMED" && match.other.hasVerdict && (
        <button
          type="button"
          onClick={reuseVerdict}
          className="ml-2 mt-2 rounded border border-sky-300 bg-white px-2 py-0.5 font-medium hover:bg-sky-100"
        >
          Start from its verdict
        </button>
      )}
      {copied && (
        <p role="status" className="mt-1">
          {copied}
        </p>
      )}
      {status === "SUGGESTED" && (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            onClick={() => decide("CONFIRMED")}
            className="rounded border border-sky-300 bg-white px-2 py-0.5 font-medium hover:bg-sky-100"
          >
            Confirm match
          </button>
          <button
            type="button"
            onClick={() => decide("DISMISSED")}
            className="rounded px-2 py-0.5 text-sky-800 hover:bg-sky-100"
          >
            Not the same
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
