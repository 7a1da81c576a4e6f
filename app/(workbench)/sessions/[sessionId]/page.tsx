import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/claims/status-badge";
import { inputClass } from "@/components/ui/field";
import { CloseSessionButton, ReopenSessionButton } from "@/components/sessions/close-session-button";
import { LiveUpdates } from "@/components/sessions/live-updates";
import { ProgressCharts } from "@/components/sessions/progress-charts";
import { SessionBoard } from "@/components/sessions/session-board";
import { orPageError, requirePageActor } from "@/lib/auth/guard";
import { STATUS_LABEL, claimTypeLabel } from "@/lib/claim-labels";
import { activeRatings } from "@/lib/db/ratings";
import { getSessionBoard, latestEventId, sessionProgress } from "@/lib/db/sessions";
import { formatDate, plural } from "@/lib/format";
import { sessionBoardQuerySchema } from "@/lib/validation/sessions";
import { safeParseInput } from "@/lib/validation/parse-input";

export const metadata: Metadata = { title: "Session" };

type Props = { params: Promise<{ sessionId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function SessionPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("article.read");
  const { sessionId } = await params;
  const parsed = safeParseInput(sessionBoardQuerySchema, await searchParams);
  const query = parsed.success ? parsed.data : {};
  // The event id is read before the board, so the live stream replays anything that lands in between.
  // The board authorises the visit; nothing about the session is read before it.
  const board = await getSessionBoard(actor, sessionId, query).catch(orPageError);
  const [after, progress, scale] = await Promise.all([
    latestEventId(actor, sessionId),
    sessionProgress(actor, sessionId),
    activeRatings(),
  ]);
  const ratings = scale.map(({ id, label }) => ({ id, label }));
  const { session } = board;
  const closed = session.status === "CLOSED";

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">
            <Link href="/sessions" className="hover:underline">
              Sessions
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{session.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {closed ? `Closed ${formatDate(session.closedAt)}` : "Open"}
            {session.deadline && <> · deadline {session.deadline.toISOString().slice(0, 16).replace("T", " ")} UTC</>}
            {session.blindDoubleReview && <> · blind double review</>} · {plural(progress.total, "claim")}
            {session.claimType && <> · only {claimTypeLabel(session.claimType).toLowerCase()} claims</>}
            {session.minScore !== null && <> · check-worthiness at least {Math.round(session.minScore * 100)}%</>}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {!closed && <LiveUpdates sessionId={sessionId} after={after} />}
          <Link href={`/exports?sessionId=${sessionId}`} className="text-sm text-sky-800 underline">
            Export claim sheet
          </Link>
          {closed ? (
            <>
              <Link href={`/sessions/${sessionId}/summary`} className="text-sm text-sky-800 underline">
                Summary
              </Link>
              {board.manager && <ReopenSessionButton sessionId={sessionId} />}
            </>
          ) : (
            board.manager && (
              <CloseSessionButton
                sessionId={sessionId}
                open={progress.byStatus.UNREVIEWED + progress.byStatus.IN_REVIEW + progress.byStatus.NEEDS_SIGNOFF}
                deadline={session.deadline}
              />
            )
          )}
        </div>
      </header>

      <section aria-label="Who is here" className="flex flex-wrap items-center gap-2 text-sm" data-testid="presence">
        <span className="text-slate-600">Here now:</span>
        {board.presence.length === 0 ? (
          <span className="text-slate-500">nobody else</span>
        ) : (
          board.presence.map((p) => (
            <span key={p.user.id} className="rounded-full bg-sky-50 px-2.5 py-0.5 text-sky-900">
              {p.user.name}
              {p.user.id === actor.id ? " (you)" : ""}
            </span>
          ))
        )}
      </section>

      <ProgressCharts progress={progress} />

      {board.mine.length > 0 && (
        <section
          aria-label="My work in this session"
          className="rounded-lg border-2 border-sky-200 bg-sky-50/50 p-4"
          data-testid="my-work"
        >
          <h2 className="text-sm font-semibold">My work in this session ({board.mine.length})</h2>
          <ul className="mt-2 space-y-1.5 text-sm">
            {board.mine.map((r) => (
              <li key={r.id} className="flex items-center gap-2">
                <StatusBadge status={r.status} />
                <Link href={`/articles/${r.articleId}?claim=${r.id}&session=${sessionId}`} className="hover:underline">
                  {r.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter claims">
        <div>
          <label htmlFor="status" className="block text-xs text-slate-600">
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={`${inputClass} w-44`}>
            <option value="">Any status</option>
            {Object.entries(STATUS_LABEL).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="assignee-filter" className="block text-xs text-slate-600">
            Assigned to
          </label>
          <select
            id="assignee-filter"
            name="assignee"
            defaultValue={query.assignee ?? ""}
            className={`${inputClass} w-44`}
          >
            <option value="">Anyone</option>
            <option value="none">Nobody</option>
            {board.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium">
          Filter
        </button>
        <Link href={`/sessions/${sessionId}`} className="text-sm text-slate-700 underline">
          Clear
        </Link>
      </form>

      <SessionBoard
        sessionId={sessionId}
        actorId={actor.id}
        manager={board.manager}
        closed={closed}
        articles={board.articles}
        rows={board.rows}
        members={board.members}
        ratings={ratings}
        presence={board.presence}
      />
    </div>
  );
}
