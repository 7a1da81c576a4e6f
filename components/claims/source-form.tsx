"use client";

import { useRef } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { addSourceAction, updateSourceAction } from "@/lib/actions/claims";
import { FormStatus, useActionForm } from "./use-action-form";

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

const day = (d: Date | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : "");

/** Adds a source, or edits one when `source` is given; field ids are prefixed so several forms can coexist. */
export function SourceForm({ claimId, source }: { claimId: string; source?: EditableSource }) {
  const ref = useRef<HTMLFormElement>(null);
  const add = useActionForm(addSourceAction, { success: "Source added" });
  const edit = useActionForm(updateSourceAction, { success: "Source saved" });
  const form = source ? edit : add;
  const p = source ? `source-${source.id}` : "source";
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget));
    const fields = { ...data, stance: String(data.stance), url: String(data.url ?? "") };
    if (source) return void edit.run({ ...fields, sourceId: source.id, version: source.version });
    if (await add.run({ ...fields, claimId })) ref.current?.reset();
  }
  const err = form.fieldErrors;
  return (
    <form
      ref={ref}
      aria-label={source ? "Edit source" : "Add source"}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <Field label="Source address" name={`${p}-url`} error={err?.url}>
          <input
            id={`${p}-url`}
            name="url"
            type="url"
            defaultValue={source?.url}
            className={inputClass}
            placeholder="https://…"
          />
        </Field>
      </div>
      <Field label="Title" name={`${p}-title`} error={err?.title}>
        <input id={`${p}-title`} name="title" defaultValue={source?.title ?? ""} className={inputClass} />
      </Field>
      <Field label="Publisher" name={`${p}-publisher`} error={err?.publisher}>
        <input id={`${p}-publisher`} name="publisher" defaultValue={source?.publisher ?? ""} className={inputClass} />
      </Field>
      <Field label="Published" name={`${p}-published`} error={err?.publishedAt}>
        <input
          id={`${p}-published`}
          name="publishedAt"
          type="date"
          defaultValue={day(source?.publishedAt)}
          className={inputClass}
        />
      </Field>
      <Field label="Accessed" name={`${p}-accessed`} error={err?.accessedAt}>
        <input
          id={`${p}-accessed`}
          name="accessedAt"
          type="date"
          defaultValue={day(source?.accessedAt ?? new Date())}
          className={inputClass}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Quoted excerpt" name={`${p}-excerpt`} error={err?.excerpt}>
          <textarea
            id={`${p}-excerpt`}
            name="excerpt"
            rows={2}
            defaultValue={source?.excerpt ?? ""}
            className={inputClass}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Archive address" name={`${p}-archive`} error={err?.archiveUrl}>
          <input
            id={`${p}-archive`}
            name="archiveUrl"
            type="url"
            defaultValue={source?.archiveUrl ?? ""}
            className={inputClass}
            placeholder="https://web.archive.org/…"
          />
        </Field>
      </div>
      {/* A row of its own: in the narrow panel a half-width select cut "Supports the claim" short. */}
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2 sm:col-span-2">
        <div className="min-w-[12rem] flex-1">
          <Field label="Stance" name={`${p}-stance`} error={err?.stance}>
            <select id={`${p}-stance`} name="stance" className={inputClass} defaultValue={source?.stance ?? "SUPPORTS"}>
              <option value="SUPPORTS">Supports the claim</option>
              <option value="REFUTES">Refutes the claim</option>
              <option value="CONTEXT">Gives context</option>
            </select>
          </Field>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input type="checkbox" name="primary" defaultChecked={source?.primary} /> Primary source
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
    </form>
  );
}
