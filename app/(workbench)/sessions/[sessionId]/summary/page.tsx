import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { ProgressCharts } from "@/components/sessions/progress-charts";
import { orPageError, requirePageActor } from "@/lib/auth/guard";
import { sessionSummary } from "@/lib/db/sessions";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Session summary" };

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  return `${plural(hours, "hour")} ${plural(minutes % 60, "minute")}`;
}

export default async function SessionSummaryPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const actor = await requirePageActor("article.read");
  const { sessionId } = await params;
  const { session, progress, open, durationMs, agreement } = await sessionSummary(actor, sessionId).catch(orPageError);
  const figures = [
    { label: "Claims checked", value: String(progress.byStatus.VERIFIED) },
    { label: "Dismissed", value: String(progress.byStatus.DISMISSED) },
    { label: "Still open", value: String(open.length) },
    { label: "Time taken", value: duration(durationMs) },
  ];
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href={`/sessions/${sessionId}`} className="hover:underline">
            {session.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Session summary</h1>
      </header>
      <dl className="grid gap-4 sm:grid-cols-4" data-testid="summary-figures">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{f.value}</dd>
          </div>
        ))}
      </dl>
      {agreement && (
        <section className="rounded-lg border border-slate-200 bg-white p-4" aria-label="Blind double review agreement">
          <h2 className="text-sm font-semibold">Blind double review</h2>
          <p className="mt-1 text-sm">
            {agreement.items === 0 ? (
              "No claim was rated by both reviewers."
            ) : (
              <>
                Over {plural(agreement.items, "claim")} rated by both reviewers:{" "}
                <strong>{agreement.percent.toFixed(0)}% agreement</strong>, Cohen&apos;s kappa{" "}
                <strong>
                  {agreement.kappa === null ? "not defined (one rating throughout)" : agreement.kappa.toFixed(2)}
                </strong>
                .
              </>
            )}
          </p>
        </section>
      )}
      <ProgressCharts progress={progress} />
      <section aria-label="Open items">
        <h2 className="text-sm font-semibold">Open items, carried to the queue ({open.length})</h2>
        {open.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">Every claim was verified or dismissed.</p>
        ) : (
          <ul className="mt-2 space-y-1.5 text-sm">
            {open.map((c) => (
              <li key={c.id} className="flex items-center gap-2">
                <StatusBadge status={c.status} />
                <Link href={`/articles/${c.articleId}?claim=${c.id}`} className="hover:underline">
                  {c.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-slate-600">
          Open claims keep their assignees and stay in the{" "}
          <Link href="/queue?view=all" className="underline">
            queue
          </Link>
          .
        </p>
      </section>
      <p className="text-sm">
        <Link href={`/exports?sessionId=${sessionId}`} className="font-medium text-sky-800 underline">
          Export the session&apos;s claim sheet
        </Link>
        <span className="text-slate-600"> (CSV, XLSX, JSON or ClaimReview)</span>
      </p>
    </div>
  );
}
