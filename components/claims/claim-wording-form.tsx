"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { editClaimAction } from "@/lib/actions/claims";
import { ConflictCompare, useConflictSave } from "./conflict-compare";
import { FormStatus, useActionForm } from "./use-action-form";
import { useSavedDraft } from "./use-saved-draft";

type Wording = { text: string; claimant: string };

/**
 * Rewording a claim and recording who made it (the claimant readers and ClaimReview see). The typed
 * text survives a reload; on a conflict the other person's version shows beside it.
 */
export function ClaimWordingForm({
  claimId,
  version,
  text,
  speaker,
}: {
  claimId: string;
  version: number;
  text: string;
  speaker: string | null;
}) {
  const server: Wording = { text, claimant: speaker ?? "" };
  const [value, setValue] = useState(server);
  const [base, setBase] = useState(server);
  const form = useActionForm(editClaimAction);
  // A newer version from the server replaces a box only if the person has not typed over it
  // (state adjusted while rendering, as React recommends for values derived from props).
  if (server.text !== base.text || server.claimant !== base.claimant) {
    setValue({
      text: value.text === base.text ? server.text : value.text,
      claimant: value.claimant === base.claimant ? server.claimant : value.claimant,
    });
    setBase(server);
  }
  const { restored, forget } = useSavedDraft(`claimdesk:wording:${claimId}`, value, server, setValue);
  const unchanged = value.text === server.text && value.claimant.trim() === server.claimant;
  const conflict = useConflictSave(version, forget, form.settle);
  const save = () => conflict.save(() => form.run({ claimId, version, text: value.text, claimant: value.claimant }));

  return (
    <form
      aria-label="Edit claim"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="space-y-2"
    >
      <label htmlFor="claim-text" className="sr-only">
        Claim wording
      </label>
      <textarea
        id="claim-text"
        value={value.text}
        onChange={(e) => setValue({ ...value, text: e.target.value })}
        rows={3}
        className={`${inputClass} text-base leading-snug`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor="claim-claimant" className="text-xs text-slate-600">
          Claimant
        </label>
        <input
          id="claim-claimant"
          value={value.claimant}
          onChange={(e) => setValue({ ...value, claimant: e.target.value })}
          placeholder="Who made the claim (person or organisation)"
          className={`${inputClass} !w-auto min-w-0 flex-1 !py-1`}
        />
        <button
          type="submit"
          disabled={form.busy || unchanged}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-40"
        >
          Save wording
        </button>
      </div>
      <FormStatus message={form.message} ok={form.ok} />
      {restored && !form.conflict && !unchanged && (
        <p className="text-xs text-slate-600">
          Your unsaved text from before was restored.{" "}
          <button type="button" className="underline" onClick={() => setValue(server)}>
            Discard it
          </button>
        </p>
      )}
      {form.conflict && (
        <ConflictCompare
          fetching={conflict.fetching}
          busy={form.busy}
          rows={[
            { label: "Wording", theirs: server.text, mine: value.text },
            { label: "Claimant", theirs: server.claimant, mine: value.claimant.trim() },
          ]}
          onUseTheirs={() => conflict.takeTheirs(() => setValue(server))}
          onKeepMine={() => void save()}
        />
      )}
    </form>
  );
}
