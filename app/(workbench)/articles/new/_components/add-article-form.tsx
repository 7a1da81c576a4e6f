"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { previewArticleAction } from "@/lib/actions/articles";
import type { ArticlePreview } from "@/lib/db/articles";
import type { ArticleDraft } from "@/lib/import/article-source";
import { textMetadata } from "@/lib/import/text-meta";
import { ClaimsPreview } from "./claims-preview";
import { SaveSteps } from "./save-steps";
import { SourcePicker } from "./source-picker";
import { useArticleSave } from "./use-article-save";

const EMPTY: ArticleDraft = { title: "", outlet: "", byline: "", url: "", publishedAt: "", body: "" };

export function AddArticleForm() {
  const router = useRouter();
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY);
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]> | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const saving = useArticleSave();

  // What the text itself filled in (headline, byline, date): replaced as the text changes, until edited by hand.
  const [derived, setDerived] = useState<Partial<ArticleDraft>>({});

  const set = (key: keyof ArticleDraft) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setDraft({ ...draft, [key]: e.target.value });

  function setBody(e: React.ChangeEvent<HTMLTextAreaElement>) {
    const body = e.target.value;
    const meta = textMetadata(body);
    const next: ArticleDraft = { ...draft, body };
    const filled: Partial<ArticleDraft> = {};
    for (const key of ["title", "byline", "publishedAt"] as const) {
      const current = draft[key] ?? "";
      if (current !== "" && current !== derived[key]) continue;
      next[key] = meta[key] ?? "";
      filled[key] = next[key];
    }
    setDerived(filled);
    setDraft(next);
  }

  function showErrors(failure: { message: string; fieldErrors?: Record<string, string[]> } | null) {
    setErrors(failure?.fieldErrors);
    setMessage(failure ? (failure.fieldErrors ? "Check the fields marked in red." : failure.message) : null);
  }

  async function runPreview(value: ArticleDraft = draft) {
    setBusy(true);
    const result = await previewArticleAction(value);
    setBusy(false);
    showErrors(result.ok ? null : result);
    if (result.ok) setPreview(result.data);
  }

  async function save() {
    setBusy(true);
    const outcome = await saving.save(draft);
    showErrors(outcome.ok ? null : outcome);
    if (!outcome.ok) {
      saving.reset();
      return setBusy(false);
    }
    setSaved(true);
    // An article that is already in claimdesk opens the existing copy, and says so there.
    router.push(`/articles/${outcome.id}${outcome.duplicate ? "?existing=1" : ""}`);
  }

  function onDraft(next: ArticleDraft) {
    const filled = { ...EMPTY, ...next, publishedAt: next.publishedAt?.slice(0, 10) ?? "" };
    setDraft(filled);
    runPreview(filled);
  }

  return (
    <div className="space-y-6">
      <SourcePicker onDraft={onDraft} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <form
          className="space-y-4"
          aria-label="Article"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <Field label="Headline" name="title" error={errors?.title}>
            <input id="title" value={draft.title} onChange={set("title")} className={inputClass} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Outlet" name="outlet" error={errors?.outlet}>
              <input id="outlet" value={draft.outlet} onChange={set("outlet")} className={inputClass} />
            </Field>
            <Field label="Byline" name="byline" error={errors?.byline}>
              <input id="byline" value={draft.byline} onChange={set("byline")} className={inputClass} />
            </Field>
            <Field label="Original address" name="url" error={errors?.url}>
              <input id="url" value={draft.url} onChange={set("url")} className={inputClass} placeholder="https://…" />
            </Field>
            <Field label="Published" name="publishedAt" error={errors?.publishedAt}>
              <input
                id="publishedAt"
                type="date"
                value={draft.publishedAt}
                onChange={set("publishedAt")}
                className={inputClass}
              />
            </Field>
          </div>
          <Field label="Article text" name="body" error={errors?.body}>
            <textarea
              id="body"
              value={draft.body}
              onChange={setBody}
              rows={16}
              className={`${inputClass} font-serif leading-relaxed`}
            />
          </Field>
          {message && (
            <p role="alert" className="text-sm text-red-700">
              {message}
            </p>
          )}
          <div className="flex gap-3">
            <button
              type="button"
              disabled={busy}
              onClick={() => runPreview()}
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
            >
              Preview claims
            </button>
            <button
              type="submit"
              disabled={busy}
              className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
            >
              {saving.progress ? "Saving…" : busy ? "Working…" : "Save article"}
            </button>
          </div>
          {saving.progress && <SaveSteps progress={saving.progress} saved={saved} />}
        </form>
        <aside aria-label="Claim preview">
          <ClaimsPreview preview={preview} />
        </aside>
      </div>
    </div>
  );
}
