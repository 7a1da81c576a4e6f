"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { addSourceAction, updateSourceAction } from "@/lib/actions/claims";
import { ConflictCompare, useConflictSave } from "./conflict-compare";
import { FormStatus, useActionForm } from "./use-action-form";
import { useSavedDraft } from "./use-saved-draft";
import { STANCE_LABEL } from "@/lib/claim-labels";

export type EditableSource = {
  id: string;
  version: number;
  url: string;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  accessedAt: Date;
  excerpt: string | null;
  archiveUrl: string | null;
  stance: string;
  primary: boolean;
};

type Fields = {
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  accessedAt: string;
  excerpt: string;
  archiveUrl: string;
  stance: string;
  primary: boolean;
};

const LABELS: Record<keyof Fields, string> = {
  url: "Source address",
  title: "Title",
  publisher: "Publisher",
  publishedAt: "Published",
  accessedAt: "Accessed",
  excerpt: "Quoted excerpt",
  archiveUrl: "Archive address",
  stance: "Stance",
  primary: "Primary source",
};

const day = (d: Date | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : "");

function fieldsOf(source: EditableSource | undefined): Fields {
  return {
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    publishedAt: day(source?.publishedAt),
    accessedAt: day(source?.accessedAt ?? new Date()),
    excerpt: source?.excerpt ?? "",
    archiveUrl: source?.archiveUrl ?? "",
    stance: source?.stance ?? "SUPPORTS",
    primary: source?.primary ?? false,
  };
}

const shown = (key: keyof Fields, value: Fields[keyof Fields]) =>
  key === "primary" ? (value ? "Yes" : "No") : key === "stance" ? (STANCE_LABEL[String(value)] ?? "") : String(value);

/** The session-storage key of a source form's unsaved text: an open edit form is restored from it after a reload. */
export const sourceDraftKey = (claimId: string, sourceId?: string) =>
  sourceId ? `claimdesk:source:${sourceId}` : `claimdesk:new-source:${claimId}`;

/**
 * Adds a source, or edits one when `source` is given; field ids are prefixed so several forms can
 * coexist. The typed fields survive a reload; when someone else saved the source first, their
 * version shows beside the person's.
 */
export function SourceForm({ claimId, source }: { claimId: string; source?: EditableSource }) {
  const server = fieldsOf(source);
  const [value, setValue] = useState(server);
  const [base, setBase] = useState(server);
  const add = useActionForm(addSourceAction, { success: "Source added" });
  const edit = useActionForm(updateSourceAction, { success: "Source saved" });
  const form = source ? edit : add;
  // A newer version from the server replaces each field the person has not typed over.
  if (JSON.stringify(server) !== JSON.stringify(base)) {
    const next = { ...value };
    for (const key of Object.keys(server) as (keyof Fields)[])
      if (value[key] === base[key]) (next as Record<string, unknown>)[key] = server[key];
    setValue(next);
    setBase(server);
  }
  const { forget } = useSavedDraft(sourceDraftKey(claimId, source?.id), value, server, setValue);
  const conflict = useConflictSave(source?.version ?? 0, forget, edit.settle);
  const set =
    (key: keyof Fields) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValue({
        ...value,
        [key]: e.target instanceof HTMLInputElement && e.target.type === "checkbox" ? e.target.checked : e.target.value,
      });

  const save = () =>
    conflict.save(async () => {
      if (source) return edit.run({ ...value, sourceId: source.id, version: source.version });
      const added = await add.run({ ...value, claimId });
      if (added) setValue(fieldsOf(undefined));
      return added;
    });
  const err = form.fieldErrors;
  const p = source ? `source-${source.id}` : "source";
  // A refused version (not a field the person must fix, like an address already attached).
  const versionConflict = source && edit.conflict && !edit.fieldErrors;
  return (
    <form
      aria-label={source ? "Edit source" : "Add source"}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <Field label={LABELS.url} name={`${p}-url`} error={err?.url}>
          <input
            id={`${p}-url`}
            type="url"
            value={value.url}
            onChange={set("url")}
            className={inputClass}
            placeholder="https://…"
          />
        </Field>
      </div>
      <Field label={LABELS.title} name={`${p}-title`} error={err?.title}>
        <input id={`${p}-title`} value={value.title} onChange={set("title")} className={inputClass} />
      </Field>
      <Field label={LABELS.publisher} name={`${p}-publisher`} error={err?.publisher}>
        <input id={`${p}-publisher`} value={value.publisher} onChange={set("publisher")} className={inputClass} />
      </Field>
      <Field label={LABELS.publishedAt} name={`${p}-published`} error={err?.publishedAt}>
        <input
          id={`${p}-published`}
          type="date"
          value={value.publishedAt}
          onChange={set("publishedAt")}
          className={inputClass}
        />
      </Field>
      <Field label={LABELS.accessedAt} name={`${p}-accessed`} error={err?.accessedAt}>
        <input
          id={`${p}-accessed`}
          type="date"
          value={value.accessedAt}
          onChange={set("accessedAt")}
          className={inputClass}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field label={LABELS.excerpt} name={`${p}-excerpt`} error={err?.excerpt}>
          <textarea
            id={`${p}-excerpt`}
            rows={2}
            value={value.excerpt}
            onChange={set("excerpt")}
            className={inputClass}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label={LABELS.archiveUrl} name={`${p}-archive`} error={err?.archiveUrl}>
          <input
            id={`${p}-archive`}
            type="url"
            value={value.archiveUrl}
            onChange={set("archiveUrl")}
            className={inputClass}
            placeholder="https://web.archive.org/…"
          />
        </Field>
      </div>
      {/* A row of its own: in the narrow panel a half-width select cut "Supports the claim" short. */}
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 sm:col-span-2">
        <div className="min-w-[12rem] flex-1">
          <Field label={LABELS.stance} name={`${p}-stance`} error={err?.stance}>
            <select id={`${p}-stance`} className={inputClass} value={value.stance} onChange={set("stance")}>
              <option value="SUPPORTS">Supports the claim</option>
              <option value="REFUTES">Refutes the claim</option>
              <option value="CONTEXT">Gives context</option>
            </select>
          </Field>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" checked={value.primary} onChange={set("primary")} /> {LABELS.primary}
        </label>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={form.busy}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {source ? "Save source" : "Add source"}
        </button>
        <FormStatus message={form.message} ok={form.ok} />
      </div>
      {versionConflict && (
        <div className="sm:col-span-2">
          <ConflictCompare
            fetching={conflict.fetching}
            busy={edit.busy}
            rows={(Object.keys(LABELS) as (keyof Fields)[]).map((key) => ({
              label: LABELS[key],
              theirs: shown(key, server[key]),
              mine: shown(key, value[key]),
            }))}
            onUseTheirs={() => conflict.takeTheirs(() => setValue(server))}
            onKeepMine={() => void save()}
          />
        </div>
      )}
    </form>
  );
}
