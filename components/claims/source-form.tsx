"use client";

import { useRef } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { addSourceAction } from "@/lib/actions/claims";
import { FormStatus, useActionForm } from "./use-action-form";

export function SourceForm({ claimId }: { claimId: string }) {
  const ref = useRef<HTMLFormElement>(null);
  const form = useActionForm(addSourceAction, { success: "Source added" });
  const today = new Date().toISOString().slice(0, 10);
  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget));
    if (await form.run({ ...data, claimId, stance: String(data.stance), url: String(data.url ?? "") })) ref.current?.reset();
  }
  const err = form.fieldErrors;
  return (
    <form ref={ref} aria-label="Add source" onSubmit={onSubmit} noValidate className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2">
      <div className="sm:col-span-2"><Field label="Source address" name="source-url" error={err?.url}><input id="source-url" name="url" type="url" className={inputClass} placeholder="https://…" /></Field></div>
      <Field label="Title" name="source-title" error={err?.title}><input id="source-title" name="title" className={inputClass} /></Field>
      <Field label="Publisher" name="source-publisher" error={err?.publisher}><input id="source-publisher" name="publisher" className={inputClass} /></Field>
      <Field label="Published" name="source-published" error={err?.publishedAt}><input id="source-published" name="publishedAt" type="date" className={inputClass} /></Field>
      <Field label="Accessed" name="source-accessed" error={err?.accessedAt}><input id="source-accessed" name="accessedAt" type="date" defaultValue={today} className={inputClass} /></Field>
      <div className="sm:col-span-2"><Field label="Quoted excerpt" name="source-excerpt" error={err?.excerpt}><textarea id="source-excerpt" name="excerpt" rows={2} className={inputClass} /></Field></div>
      <div className="sm:col-span-2"><Field label="Archive address" name="source-archive" error={err?.archiveUrl}><input id="source-archive" name="archiveUrl" type="url" className={inputClass} placeholder="https://web.archive.org/…" /></Field></div>
      <Field label="Stance" name="source-stance" error={err?.stance}>
        <select id="source-stance" name="stance" className={inputClass} defaultValue="SUPPORTS">
          <option value="SUPPORTS">Supports the claim</option>
          <option value="REFUTES">Refutes the claim</option>
          <option value="CONTEXT">Gives context</option>
        </select>
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm"><input type="checkbox" name="primary" /> Primary source</label>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={form.busy} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">Add source</button>
        <FormStatus message={form.message} ok={form.ok} />
      </div>
    </form>
  );
}
