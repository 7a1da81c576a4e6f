"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus, useActionForm } from "@/components/claims/use-action-form";
import { Field, inputClass } from "@/components/ui/field";
import { createSessionAction } from "@/lib/actions/sessions";
import { claimTypeLabel } from "@/lib/claim-labels";
import { plural } from "@/lib/format";
import { CLAIM_TYPES } from "@/lib/validation/queue";

type Props = {
  articles: { id: string; title: string; outlet: string | null; claims: number }[];
  people: { id: string; name: string; role: string }[];
};

export function SessionForm({ articles, people }: Props) {
  const router = useRouter();
  const form = useActionForm(createSessionAction, { onSuccess: ({ id }) => router.push(`/sessions/${id}`) });
  const [name, setName] = useState("");
  const [deadline, setDeadline] = useState("");
  const [articleIds, setArticleIds] = useState<string[]>([]);
  const [reviewerIds, setReviewerIds] = useState<string[]>([]);
  const [blind, setBlind] = useState(false);
  const [claimType, setClaimType] = useState("");
  const [minScore, setMinScore] = useState("");
  const flip = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // datetime-local has no zone: read it as the editor's local time.
    const when = deadline ? new Date(deadline).toISOString() : "";
    await form.run({ name, deadline: when, articleIds, reviewerIds, blindDoubleReview: blind, claimType, minScore });
  }

  return (
    <form
      aria-label="New session"
      onSubmit={submit}
      className="space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" error={form.fieldErrors?.name}>
          <input
            id="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            className={inputClass}
            placeholder="Election debate, 21:00"
          />
        </Field>
        <Field label="Deadline" name="deadline" error={form.fieldErrors?.deadline}>
          <input
            id="deadline"
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
            className={inputClass}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Articles</legend>
        <div className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {articles.map((a) => (
            <label key={a.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={articleIds.includes(a.id)}
                onChange={() => setArticleIds(flip(articleIds, a.id))}
              />
              <span>{a.title}</span>
              <span className="text-slate-500">
                {a.outlet ? `${a.outlet} · ` : ""}
                {plural(a.claims, "claim")}
              </span>
            </label>
          ))}
        </div>
        {form.fieldErrors?.articleIds && <p className="mt-1 text-sm text-red-700">{form.fieldErrors.articleIds[0]}</p>}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">Which claims of these articles (optional)</legend>
        <Field label="Claim type" name="claimType" error={form.fieldErrors?.claimType}>
          <select
            id="claimType"
            value={claimType}
            onChange={(e) => setClaimType(e.target.value)}
            className={inputClass}
          >
            <option value="">Every type</option>
            {CLAIM_TYPES.map((t) => (
              <option key={t} value={t}>
                {claimTypeLabel(t)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Check-worthiness" name="minScore" error={form.fieldErrors?.minScore}>
          <select id="minScore" value={minScore} onChange={(e) => setMinScore(e.target.value)} className={inputClass}>
            <option value="">Any score</option>
            {[0.3, 0.5, 0.7].map((v) => (
              <option key={v} value={v}>
                At least {v * 100}%
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">People taking part</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {people.map((p) => (
            <label key={p.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={reviewerIds.includes(p.id)}
                onChange={() => setReviewerIds(flip(reviewerIds, p.id))}
              />
              {p.name} <span className="text-xs text-slate-500">{p.role.toLowerCase()}</span>
            </label>
          ))}
        </div>
        {form.fieldErrors?.reviewerIds && (
          <p className="mt-1 text-sm text-red-700">{form.fieldErrors.reviewerIds[0]}</p>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} className="mt-0.5" />
        <span>
          <span className="font-medium">Blind double review</span>
          <br />
          <span className="text-slate-600">
            Two reviewers rate each claim without seeing each other&apos;s rating; disagreements are flagged for the
            editor.
          </span>
        </span>
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={form.busy}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60"
        >
          Create session
        </button>
        <FormStatus message={form.ok ? null : form.message} ok={form.ok} />
      </div>
    </form>
  );
}
