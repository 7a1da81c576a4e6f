"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { saveVerdictAction } from "@/lib/actions/claims";
import { stanceWarning } from "@/lib/workflow/stance-check";
import { ConflictCompare, useConflictSave } from "./conflict-compare";
import { RatingChoice, type RatingOption } from "./rating-choice";
import { FormStatus, useActionForm } from "./use-action-form";
import { useSavedDraft } from "./use-saved-draft";

type Source = { id: string; url: string; publisher: string | null; title: string | null; stance: string };
type Fields = { ratingId: string; summary: string; rationale: string; sourceIds: string[] };
type Draft = Fields | null;
const EMPTY: Fields = { ratingId: "", summary: "", rationale: "", sourceIds: [] };

/** Rating with each definition in view, a one-line summary, a Markdown rationale and the sources it rests on. */
export function VerdictForm({
  claimId,
  version,
  ratings,
  sources,
  draft,
  locked,
}: {
  claimId: string;
  version: number;
  ratings: RatingOption[];
  sources: Source[];
  draft: Draft;
  locked: boolean;
}) {
  const server = draft ?? EMPTY;
  const [mine, setMine] = useState<Fields>(server);
  const { ratingId, summary, rationale, sourceIds } = mine;
  const change = (patch: Partial<Fields>) => setMine((m) => ({ ...m, ...patch }));
  const form = useActionForm(saveVerdictAction, { success: "Verdict saved" });
  const { forget } = useSavedDraft(`claimdesk:verdict:${claimId}`, mine, server, setMine);
  const conflict = useConflictSave(version, forget, form.settle);
  const save = () => conflict.save(() => form.run({ claimId, version, ...mine }));

  const ratingLabel = (id: string) => ratings.find((r) => r.id === id)?.label ?? "";
  const sourceNames = (ids: string[]) =>
    sources
      .filter((s) => ids.includes(s.id))
      .map((s) => s.publisher ?? s.title ?? s.url)
      .join(", ");
  const warning = stanceWarning(
    ratings.find((r) => r.id === ratingId)?.slug,
    sources.filter((s) => sourceIds.includes(s.id)).map((s) => s.stance),
  );
  const toggle = (id: string) =>
    change({ sourceIds: sourceIds.includes(id) ? sourceIds.filter((x) => x !== id) : [...sourceIds, id] });

  return (
    <form
      aria-label="Verdict"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="space-y-3"
    >
      <fieldset disabled={locked} className="space-y-3">
        <legend className="sr-only">Rating</legend>
        <RatingChoice ratings={ratings} value={ratingId} onChange={(id) => change({ ratingId: id })} />
        <div>
          <label htmlFor="verdict-summary" className="block text-sm font-medium text-slate-700">
            One-line summary
          </label>
          <input
            id="verdict-summary"
            value={summary}
            onChange={(e) => change({ summary: e.target.value })}
            className={`${inputClass} mt-1`}
            maxLength={400}
          />
          <p className={`mt-1 text-xs ${summary.length > 280 ? "text-red-700" : "text-slate-500"}`}>
            {summary.length}/280 · goes into exported sheets
          </p>
        </div>
        <div>
          <label htmlFor="verdict-rationale" className="block text-sm font-medium text-slate-700">
            Rationale (Markdown)
          </label>
          <textarea
            id="verdict-rationale"
            value={rationale}
            onChange={(e) => change({ rationale: e.target.value })}
            rows={5}
            className={`${inputClass} mt-1`}
          />
        </div>
        {sources.length > 0 && (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Rests on</legend>
            {sources.map((s) => (
              <label key={s.id} className="mt-1 flex items-center gap-2 text-sm">
                <input type="checkbox" checked={sourceIds.includes(s.id)} onChange={() => toggle(s.id)} />
                <span className="truncate">{s.publisher ?? s.title ?? s.url}</span>
              </label>
            ))}
          </fieldset>
        )}
        {warning && (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {warning}
          </p>
        )}
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={form.busy}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
          >
            Save verdict
          </button>
          <FormStatus message={form.message} ok={form.ok} />
        </div>
        {form.conflict && (
          <ConflictCompare
            fetching={conflict.fetching}
            busy={form.busy}
            rows={[
              { label: "Rating", theirs: ratingLabel(server.ratingId), mine: ratingLabel(ratingId) },
              { label: "Summary", theirs: server.summary, mine: summary },
              { label: "Rationale", theirs: server.rationale, mine: rationale },
              { label: "Rests on", theirs: sourceNames(server.sourceIds), mine: sourceNames(sourceIds) },
            ]}
            onUseTheirs={() => conflict.takeTheirs(() => setMine(server))}
            onKeepMine={() => void save()}
          />
        )}
      </fieldset>
    </form>
  );
}
