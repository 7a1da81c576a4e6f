"use client";

import { useEffect, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { editClaimAction } from "@/lib/actions/claims";
import { FormStatus, useActionForm } from "./use-action-form";

/** Rewording a claim; on a conflict the person's text stays in the box to re-apply. */
export function ClaimWordingForm({ claimId, version, text }: { claimId: string; version: number; text: string }) {
  const [value, setValue] = useState(text);
  const [base, setBase] = useState(text);
  const form = useActionForm(editClaimAction);
  // A newer wording from the server replaces the box only if the person has not typed over it.
  useEffect(() => {
    if (text === base) return;
    if (value === base) setValue(text);
    setBase(text);
  }, [text, base, value]);
  return (
    <form aria-label="Edit claim" onSubmit={(e) => { e.preventDefault(); form.run({ claimId, version, text: value }); }} className="space-y-2">
      <label htmlFor="claim-text" className="sr-only">Claim wording</label>
      <textarea id="claim-text" value={value} onChange={(e) => setValue(e.target.value)} rows={3} className={`${inputClass} text-base leading-snug`} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={form.busy || value === text} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-40">Save wording</button>
        <FormStatus message={form.message} ok={form.ok} />
      </div>
    </form>
  );
}
