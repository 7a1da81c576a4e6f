"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { publishClaimAction } from "@/lib/actions/publications";
import type { PublishMode } from "@/lib/db/publications";
import { FormStatus, useActionForm } from "./use-action-form";

const primary =
  "rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60";
const LABEL = { first: "Publish", correction: "Publish correction", republish: "Publish again" } as const;

/**
 * The publish step under the preview. A first publication is one click; a correction or a
 * republication says what changed, in a note readers see. Back to the claim once it is public.
 */
export function PublishForm({
  claimId,
  version,
  mode,
  back,
}: {
  claimId: string;
  version: number;
  mode: PublishMode;
  back: string;
}) {
  const router = useRouter();
  const publish = useActionForm(publishClaimAction, { onSuccess: () => router.push(back) });
  const [note, setNote] = useState("");
  const [kind, setKind] = useState<"CORRECTION" | "UPDATE">("CORRECTION");
  return (
    <form
      aria-label={LABEL[mode]}
      className="space-y-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        publish.run(
          mode === "first"
            ? { claimId, version }
            : { claimId, version, kind: mode === "correction" ? kind : undefined, note },
        );
      }}
    >
      {mode === "first" ? (
        <p className="text-slate-700">
          Check the page below: this is what readers, search engines and the feed will get.
        </p>
      ) : (
        <>
          {mode === "correction" && (
            <fieldset className="flex flex-wrap gap-4">
              <legend className="sr-only">Kind of change</legend>
              <label className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="kind"
                  checked={kind === "CORRECTION"}
                  onChange={() => setKind("CORRECTION")}
                />{" "}
                Correction (we got something wrong)
              </label>
              <label className="flex items-center gap-1.5">
                <input type="radio" name="kind" checked={kind === "UPDATE"} onChange={() => setKind("UPDATE")} /> Update
                (new information)
              </label>
            </fieldset>
          )}
          <label htmlFor="publish-note" className="block text-xs text-slate-600">
            What changed (shown to readers)
          </label>
          <textarea
            id="publish-note"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className={inputClass}
          />
        </>
      )}
      <button type="submit" className={primary} disabled={publish.busy}>
        {LABEL[mode]}
      </button>
      <FormStatus message={publish.message} ok={publish.ok} />
    </form>
  );
}
