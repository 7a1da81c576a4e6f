"use client";

import { useState } from "react";
import type { SaveEvent } from "@/lib/articles/save-steps";
import type { SaveProgress } from "@/lib/db/articles";
import type { ArticleDraft } from "@/lib/import/article-source";
import { readJsonLines } from "@/lib/net/ndjson";

export type SaveOutcome =
  { ok: true; id: string; duplicate: boolean } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const BROKEN_OFF =
  "The connection broke off before the save finished. Look for the article in the list before saving it again.";

/** Saves through POST /api/articles, keeping the last step it reported for the progress display. */
export function useArticleSave() {
  const [progress, setProgress] = useState<SaveProgress | null>(null);

  async function save(draft: ArticleDraft): Promise<SaveOutcome> {
    setProgress(null);
    const res = await fetch("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(draft),
    }).catch(() => null);
    if (!res) return { ok: false, message: "claimdesk could not be reached. Check the connection and save again." };
    if (!res.ok || !res.body) {
      const answer = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
      return { ok: false, message: answer.error ?? "The article could not be saved.", fieldErrors: answer.fieldErrors };
    }
    let end: SaveEvent | null = null;
    await readJsonLines<SaveEvent>(res.body, (event) => {
      if (event.step === "saved" || event.step === "failed") end = event;
      else setProgress(event);
    }).catch(() => undefined);
    const outcome = end as SaveEvent | null;
    if (outcome?.step === "saved") return { ok: true, id: outcome.id, duplicate: outcome.duplicate };
    if (outcome?.step === "failed") return { ok: false, message: outcome.error, fieldErrors: outcome.fieldErrors };
    return { ok: false, message: BROKEN_OFF };
  }

  return { progress, save, reset: () => setProgress(null) };
}
