"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";

type Article = { id: string; title: string; verified: number; total: number };
type Session = { id: string; name: string };
const FORMATS = [
  { id: "xlsx", label: "Excel workbook (.xlsx)" },
  { id: "csv", label: "CSV (.csv)" },
  { id: "json", label: "JSON (.json)" },
  { id: "claimreview", label: "ClaimReview feed (.jsonld)" },
] as const;

type Props = {
  articles: Article[];
  sessions: Session[];
  queue: { value: string; label: string } | null;
  initialScope?: string;
  canIncludeAll: boolean;
};

/** Streams the export and saves it, showing how much has arrived; a refused request shows its reason. */
export function ExportForm({ articles, sessions, queue, initialScope, canIncludeAll }: Props) {
  const [state, setState] = useState<{ busy: boolean; received: number; message: string | null; ok: boolean }>({
    busy: false,
    received: 0,
    message: null,
    ok: false,
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const [kind, id] = String(form.get("scope")).split(/:(.*)/s);
    const params = new URLSearchParams(
      kind === "queue" ? id : { [kind === "session" ? "sessionId" : "articleId"]: id },
    );
    params.set("format", String(form.get("format")));
    params.set("includeAll", form.get("includeAll") ? "true" : "false");
    params.set("bom", form.get("bom") ? "true" : "false");
    setState({ busy: true, received: 0, message: null, ok: false });
    const res = await fetch(`/api/exports?${params}`);
    if (!res.ok || !res.body) {
      const body = await res.json().catch(() => ({ error: "The export failed; try again." }));
      return setState({ busy: false, received: 0, message: body.error, ok: false });
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      setState((s) => ({ ...s, received }));
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "claimdesk-export";
    const url = URL.createObjectURL(
      new Blob(chunks as BlobPart[], { type: res.headers.get("content-type") ?? "application/octet-stream" }),
    );
    const link = Object.assign(document.createElement("a"), { href: url, download: name });
    link.click();
    URL.revokeObjectURL(url);
    setState({ busy: false, received, message: `Saved ${name} (${(received / 1024).toFixed(1)} KB).`, ok: true });
  }

  return (
    <form
      onSubmit={onSubmit}
      aria-label="Export claims"
      className="max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <label className="block text-sm font-medium text-slate-700">
        Claims from
        <select name="scope" defaultValue={initialScope} className={`${inputClass} mt-1`}>
          {queue && <option value={queue.value}>{queue.label}</option>}
          {sessions.length > 0 && (
            <optgroup label="Review sessions">
              {sessions.map((s) => (
                <option key={s.id} value={`session:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Articles">
            {articles.map((a) => (
              <option key={a.id} value={`article:${a.id}`}>
                {a.title} — {a.verified} verified of {a.total}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Format</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {FORMATS.map((f, i) => (
            <label key={f.id} className="flex items-center gap-2 text-sm">
              <input type="radio" name="format" value={f.id} defaultChecked={i === 0} /> {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      {canIncludeAll && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="includeAll" /> Include claims that are not verified yet, with their status
        </label>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="bom" /> Add a byte-order mark to CSV (helps older Excel read accents)
      </label>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={state.busy}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {state.busy ? "Exporting…" : "Export"}
        </button>
        {state.busy && (
          <span role="status" className="text-sm text-slate-600">
            Received {(state.received / 1024).toFixed(1)} KB…
          </span>
        )}
        {state.message && (
          <span
            role={state.ok ? "status" : "alert"}
            data-testid="export-result"
            className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-700"}`}
          >
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
