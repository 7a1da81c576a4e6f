"use client";

import { useState } from "react";
import { removeSourceAction } from "@/lib/actions/claims";
import { formatDate } from "@/lib/format";
import { SourceForm, sourceDraftKey, type EditableSource } from "./source-form";
import { FormStatus, useActionForm } from "./use-action-form";
import { useHasSavedDraft } from "./use-saved-draft";
import { STANCE_LABEL } from "@/lib/claim-labels";

export function SourceItem({ claimId, source, locked }: { claimId: string; source: EditableSource; locked: boolean }) {
  // An edit left unsaved before a reload opens again, with its text.
  const [closed, setClosed] = useState<boolean | null>(null);
  const hasDraft = useHasSavedDraft(sourceDraftKey(claimId, source.id));
  // Pinned open once a draft opened it, so saving (which drops the draft) does not close it.
  if (closed === null && hasDraft) setClosed(false);
  const editing = closed === false;
  const setEditing = (open: boolean) => setClosed(!open);
  const remove = useActionForm(removeSourceAction, { success: "Removed" });
  return (
    <li className="text-sm">
      <a href={source.url} className="font-medium text-sky-800 underline" rel="noopener noreferrer nofollow">
        {source.title ?? source.publisher ?? source.url}
      </a>
      <span className="ml-2 text-xs text-slate-500">
        {source.publisher ?? ""} · {STANCE_LABEL[source.stance]}
        {source.primary ? " · primary" : ""} · accessed {formatDate(source.accessedAt)}
      </span>
      {source.archiveUrl && (
        <a
          href={source.archiveUrl}
          className="ml-2 text-xs text-slate-500 underline"
          rel="noopener noreferrer nofollow"
        >
          archived copy
        </a>
      )}
      {source.excerpt && <span className="block text-xs text-slate-600">“{source.excerpt}”</span>}
      {!locked && (
        <span className="mt-1 flex items-center gap-3 text-xs">
          <button type="button" className="text-slate-600 underline" onClick={() => setEditing(!editing)}>
            {editing ? "Close" : "Edit"}
          </button>
          <button type="button" className="text-red-700 underline" onClick={() => remove.run({ sourceId: source.id })}>
            Remove
          </button>
          <FormStatus message={remove.message} ok={remove.ok} />
        </span>
      )}
      {editing && (
        <div className="mt-2">
          <SourceForm claimId={claimId} source={source} />
        </div>
      )}
    </li>
  );
}
