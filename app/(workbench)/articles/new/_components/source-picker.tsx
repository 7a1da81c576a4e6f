"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { draftFromUploadAction, draftFromUrlAction } from "@/lib/actions/articles";
import type { ArticleDraft } from "@/lib/import/article-source";
import { MAX_UPLOAD_BYTES } from "@/lib/import/limits";

type Mode = "paste" | "upload" | "url";
const MODES: { id: Mode; label: string }[] = [
  { id: "paste", label: "Paste text" },
  { id: "upload", label: "Upload a file" },
  { id: "url", label: "From a web address" },
];

/** Upload or fetch fills the form below with an editable draft; paste needs nothing here. */
export function SourcePicker({ onDraft }: { onDraft: (draft: ArticleDraft) => void }) {
  const [mode, setMode] = useState<Mode>("paste");
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function run(work: () => Promise<{ ok: true; data: ArticleDraft } | { ok: false; message: string }>) {
    setStatus({ busy: true, error: null });
    const result = await work();
    setStatus({ busy: false, error: result.ok ? null : result.message });
    if (result.ok) onDraft(result.data);
  }

  // Refuse an oversized file here, before sending megabytes the server would refuse anyway.
  function upload(form: FormData) {
    const file = form.get("file");
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setStatus({
        busy: false,
        error: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1e6} MB.`,
      });
      return;
    }
    run(() => draftFromUploadAction(form));
  }

  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div role="tablist" aria-label="How to bring the article in" className="inline-flex rounded-lg bg-slate-100 p-1">
        {MODES.map((m) => (
          <button
            key={m.id}
            role="tab"
            type="button"
            aria-selected={mode === m.id}
            onClick={() => setMode(m.id)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${mode === m.id ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode === "paste" && (
        <p className="mt-3 text-sm text-slate-600">Paste the article into the form below, then preview its claims.</p>
      )}
      {mode === "upload" && (
        <form
          className="mt-4 flex flex-wrap items-center gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            upload(new FormData(e.currentTarget));
          }}
        >
          <label htmlFor="file" className="sr-only">
            Article file
          </label>
          <input id="file" name="file" type="file" accept=".txt,.md,.html,.htm,.docx" className="text-sm" />
          <button
            type="submit"
            disabled={status.busy}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
          >
            {status.busy ? "Reading…" : "Read file"}
          </button>
          <span className="text-xs text-slate-500">.txt, .md, .html or .docx, up to 10 MB</span>
        </form>
      )}
      {mode === "url" && (
        <form
          className="mt-4 flex flex-wrap items-center gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const url = String(new FormData(e.currentTarget).get("url") ?? "");
            run(() => draftFromUrlAction({ url }));
          }}
        >
          <label htmlFor="import-url" className="sr-only">
            Article address
          </label>
          <input
            id="import-url"
            name="url"
            type="url"
            placeholder="https://…"
            className={`${inputClass} max-w-xl flex-1`}
          />
          <button
            type="submit"
            disabled={status.busy}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
          >
            {status.busy ? "Fetching…" : "Fetch article"}
          </button>
        </form>
      )}
      {status.error && (
        <p role="alert" data-testid="import-error" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {status.error}
        </p>
      )}
    </section>
  );
}
