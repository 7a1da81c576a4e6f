"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { mergeClaimsAction, splitClaimAction } from "@/lib/actions/claims";
import { FormStatus, useActionForm } from "./use-action-form";

type Next = { id: string; version: number; text: string } | null;

/** Split a claim that holds two facts, or merge it with the next one when it holds half of one. */
export function SplitMergeControls({
  articleId,
  claimId,
  version,
  quote,
  next,
}: {
  articleId: string;
  claimId: string;
  version: number;
  quote: string;
  next: Next;
}) {
  const router = useRouter();
  const [firstWords, setFirstWords] = useState(quote.slice(0, Math.floor(quote.length / 2)));
  const split = useActionForm(splitClaimAction, { success: "Split into two claims" });
  const merge = useActionForm(mergeClaimsAction, { success: "Merged" });
  return (
    <div className="space-y-3">
      <form
        aria-label="Split claim"
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          split.run({ claimId, version, firstWords });
        }}
      >
        <label htmlFor="split-words" className="block text-xs text-slate-600">
          The first claim ends after these words of the quote:
        </label>
        <input
          id="split-words"
          value={firstWords}
          onChange={(e) => setFirstWords(e.target.value)}
          className={inputClass}
        />
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm">
            Split
          </button>
          <FormStatus message={split.message} ok={split.ok} />
        </div>
      </form>
      {next && (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm"
            onClick={async () => {
              if (await merge.run({ claimId, version, nextClaimId: next.id, nextVersion: next.version }))
                router.push(`/articles/${articleId}?claim=${claimId}`, { scroll: false });
            }}
          >
            Merge with the next claim
          </button>
          <span className="truncate text-xs text-slate-500">“{next.text}”</span>
          <FormStatus message={merge.message} ok={merge.ok} />
        </div>
      )}
    </div>
  );
}
