"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { dismissClaimAction, restoreClaimAction } from "@/lib/actions/claims";
import { FormStatus, useActionForm } from "./use-action-form";

export function DismissControls({
  claimId,
  version,
  dismissed,
  reason,
}: {
  claimId: string;
  version: number;
  dismissed: boolean;
  reason: string | null;
}) {
  const dismiss = useActionForm(dismissClaimAction, { success: "Dismissed" });
  const restore = useActionForm(restoreClaimAction, { success: "Restored" });
  const [why, setWhy] = useState("");
  if (dismissed) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span>Dismissed: {reason}</span>
        <button
          type="button"
          onClick={() => restore.run({ claimId, version })}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm"
        >
          Restore
        </button>
        <FormStatus message={restore.message} ok={restore.ok} />
      </div>
    );
  }
  return (
    <form
      aria-label="Dismiss claim"
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        dismiss.run({ claimId, version, reason: why });
      }}
    >
      <label htmlFor="dismiss-reason" className="sr-only">
        Why it is not check-worthy
      </label>
      <input
        id="dismiss-reason"
        value={why}
        onChange={(e) => setWhy(e.target.value)}
        placeholder="Why it is not check-worthy"
        className={`${inputClass} max-w-xs`}
      />
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm">
        Dismiss
      </button>
      <FormStatus message={dismiss.message} ok={dismiss.ok} />
    </form>
  );
}
