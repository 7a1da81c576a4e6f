"use client";

import Link from "next/link";
import { useState } from "react";
import { StatusBadge } from "@/components/claims/status-badge";
import type { StatusKey } from "@/components/claims/status";
import { FormStatus, useActionForm } from "@/components/claims/use-action-form";
import { inputClass } from "@/components/ui/field";
import { assignClaimsAction, autoAssignAction, rateBlindAction } from "@/lib/actions/sessions";

type Person = { id: string; name: string };
type Row = {
  id: string;
  articleId: string;
  text: string;
  status: StatusKey;
  assignees: Person[];
  rating: { label: string; color: string } | null;
  blind: {
    mine: { id: string; label: string } | null;
    count: number;
    ratings: string[] | null;
    disagree: boolean;
  } | null;
};
type Props = {
  sessionId: string;
  actorId: string;
  manager: boolean;
  closed: boolean;
  articles: { id: string; title: string; outlet: string | null }[];
  rows: Row[];
  members: Person[];
  ratings: { id: string; label: string }[];
  presence: { claimId: string | null; user: Person }[];
};

const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

/** Every claim of the session, grouped by article, with selection and assignment for editors. */
export function SessionBoard({
  sessionId,
  actorId,
  manager,
  closed,
  articles,
  rows,
  members,
  ratings,
  presence,
}: Props) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const assign = useActionForm(assignClaimsAction, { success: "Assigned" });
  const auto = useActionForm(autoAssignAction, { success: "Claims shared out" });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const viewing = (claimId: string) =>
    presence.filter((p) => p.claimId === claimId && p.user.id !== actorId).map((p) => p.user.name);
  const editable = manager && !closed;

  return (
    <div className="space-y-4">
      {editable && (
        <div
          className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
          role="group"
          aria-label="Assign claims"
        >
          <div>
            <label htmlFor="assignee" className="block text-xs text-slate-600">
              Assign {selected.size} selected to
            </label>
            <select
              id="assignee"
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
              className={`${inputClass} w-48`}
            >
              <option value="">Nobody (unassign)</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className={button}
            disabled={assign.busy || selected.size === 0}
            onClick={async () => {
              if (await assign.run({ sessionId, claimIds: [...selected], userId: assignee || null }))
                setSelected(new Set());
            }}
          >
            Assign
          </button>
          <span className="mx-2 h-8 w-px bg-slate-200" aria-hidden />
          <span className="text-xs text-slate-600">Share out unassigned claims:</span>
          <button
            type="button"
            className={button}
            disabled={auto.busy}
            onClick={() => auto.run({ sessionId, strategy: "round-robin" })}
          >
            Round-robin
          </button>
          <button
            type="button"
            className={button}
            disabled={auto.busy}
            onClick={() => auto.run({ sessionId, strategy: "by-load" })}
          >
            By current load
          </button>
          <FormStatus message={assign.message ?? auto.message} ok={assign.message ? assign.ok : auto.ok} />
        </div>
      )}
      {articles.map((article) => {
        const claims = rows.filter((r) => r.articleId === article.id);
        return (
          <section key={article.id} aria-label={article.title} className="rounded-lg border border-slate-200 bg-white">
            <h2 className="border-b border-slate-200 px-4 py-2 text-sm font-semibold">
              {article.title}
              {article.outlet ? <span className="font-normal text-slate-500"> · {article.outlet}</span> : null}{" "}
              <span className="font-normal text-slate-500">({claims.length})</span>
            </h2>
            <ul className="divide-y divide-slate-100">
              {claims.map((r) => (
                <li
                  key={r.id}
                  className="flex items-start gap-3 px-4 py-2.5 text-sm"
                  data-testid="session-claim"
                  data-claim-id={r.id}
                >
                  {editable && (
                    <input
                      type="checkbox"
                      aria-label={`Select: ${r.text}`}
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                      className="mt-1"
                    />
                  )}
                  <div className="min-w-0 flex-1">
                    <Link
                      href={`/articles/${r.articleId}?claim=${r.id}&session=${sessionId}`}
                      className="hover:underline"
                    >
                      {r.text}
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      <StatusBadge status={r.status} />
                      <span data-testid="assignees">
                        {r.assignees.length ? r.assignees.map((a) => a.name).join(" & ") : "Unassigned"}
                      </span>
                      {r.rating && (
                        <span
                          className="rounded px-1.5 py-0.5 font-medium text-white"
                          style={{ backgroundColor: r.rating.color }}
                        >
                          {r.rating.label}
                        </span>
                      )}
                      {viewing(r.id).length > 0 && (
                        <span className="text-sky-800">Open now: {viewing(r.id).join(", ")}</span>
                      )}
                      {r.blind && (
                        <BlindCell
                          sessionId={sessionId}
                          claimId={r.id}
                          blind={r.blind}
                          ratings={ratings}
                          canRate={!closed && r.assignees.some((a) => a.id === actorId)}
                        />
                      )}
                    </div>
                  </div>
                </li>
              ))}
              {claims.length === 0 && (
                <li className="px-4 py-3 text-sm text-slate-500">No claims match the filters in this article.</li>
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function BlindCell({
  sessionId,
  claimId,
  blind,
  ratings,
  canRate,
}: {
  sessionId: string;
  claimId: string;
  blind: NonNullable<Row["blind"]>;
  ratings: { id: string; label: string }[];
  canRate: boolean;
}) {
  const rate = useActionForm(rateBlindAction, { success: "Rated" });
  return (
    <span className="inline-flex items-center gap-2">
      <span>Blind ratings: {blind.count}/2</span>
      {blind.ratings && (
        <span className={blind.disagree ? "font-semibold text-red-800" : "text-emerald-800"}>
          {blind.disagree ? `Disagree: ${blind.ratings.join(" vs ")}` : `Agree: ${blind.ratings[0]}`}
        </span>
      )}
      {canRate && (
        <select
          aria-label="Your blind rating"
          value={blind.mine?.id ?? ""}
          disabled={rate.busy}
          onChange={(e) => e.target.value && rate.run({ sessionId, claimId, ratingId: e.target.value })}
          className="rounded border border-slate-300 px-1 py-0.5"
        >
          <option value="">Your rating…</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      )}
      <FormStatus message={rate.ok ? null : rate.message} ok={rate.ok} />
    </span>
  );
}
