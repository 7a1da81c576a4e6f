import Link from "next/link";
import type { getClaimDetail } from "@/lib/db/claims/claim-detail";
import { claimTypeLabel } from "@/lib/claim-labels";
import { BlindRatingForm } from "./blind-rating-form";
import { ClaimWordingForm } from "./claim-wording-form";
import { DismissControls } from "./dismiss-controls";
import { SourceForm } from "./source-form";
import { SourceItem } from "./source-item";
import { PublishControls } from "./publish-controls";
import { SplitMergeControls } from "./split-merge-controls";
import { StatusBadge } from "./status-badge";
import { VerdictForm } from "./verdict-form";
import { WorkflowControls } from "./workflow-controls";
import { describeAuditAction } from "@/lib/audit-actions";
import { NOTE_LABEL, notesByRound } from "@/lib/workflow/rounds";

type Detail = Awaited<ReturnType<typeof getClaimDetail>>;
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

type Comment = Detail["claim"]["comments"][number];

/** The note of the round under way first; earlier rounds folded under it, newest first. */
function RoundNotes({ comments, settled }: { comments: Comment[]; settled: boolean }) {
  const { current, earlier } = notesByRound(comments, settled);
  const line = (c: Comment & { round: number }) => (
    <>
      <span className="font-medium">
        Round {c.round} · {NOTE_LABEL[c.kind] ?? "Note"} by {c.author.name}, {timeFormat.format(c.createdAt)}:
      </span>{" "}
      {c.body}
    </>
  );
  return (
    <div data-testid="round-notes" className="mt-2 space-y-2">
      {current && (
        <p data-testid="current-note" className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          {line(current)}
        </p>
      )}
      {earlier.length > 0 && (
        <details className="text-sm text-slate-600">
          <summary className="cursor-pointer">
            {current ? "Earlier rounds" : "Notes from earlier rounds"} ({earlier.length})
          </summary>
          <ul className="mt-1 space-y-1">
            {earlier.map((c) => (
              <li key={c.id} className="rounded bg-slate-50 px-2 py-1">
                {line(c)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-200 pt-4">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </section>
  );
}

/** The claim beside the text: wording, sources, verdict, workflow and history, all without leaving the article. */
type Props = {
  detail: Detail;
  closeHref: string;
  canSignOff: boolean;
  signOffRefusal: string | null;
  canPublish: boolean;
  next: { id: string; version: number; text: string } | null;
};

export function ClaimPanel({ detail, closeHref, canSignOff, signOffRefusal, canPublish, next }: Props) {
  const { claim, verdict, ratings, history } = detail;
  const locked = claim.status === "VERIFIED";
  const ratingOptions = ratings.map((r) => ({
    id: r.id,
    label: r.label,
    definition: r.definition,
    color: r.color,
    slug: r.slug,
  }));
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="claim-panel">
      <div className="flex items-center justify-between">
        <div className="flex items-center gap-2">
          <StatusBadge status={claim.status} />
          <span className="text-xs text-slate-500">
            {claimTypeLabel(claim.type)}
            {claim.speaker ? ` · ${claim.speaker}` : ""}
          </span>
        </div>
        <Link href={closeHref} scroll={false} className="text-sm text-slate-600 hover:text-slate-900">
          All claims
        </Link>
      </div>
      <blockquote className="border-l-2 border-slate-300 pl-3 font-serif text-sm text-slate-700">
        “{claim.quote}”
      </blockquote>
      {locked ? (
        // The server refuses edits to a verified claim; offering a form it will refuse wastes a reviewer's time.
        <div aria-label="Claim wording" role="group" className="space-y-1">
          <p className="text-base font-medium leading-snug text-slate-900">{claim.text}</p>
          <p className="text-sm text-slate-600">
            Verified: the wording is frozen. An editor can reopen the claim for a correction.
          </p>
        </div>
      ) : (
        <ClaimWordingForm
          key={claim.id}
          claimId={claim.id}
          version={claim.version}
          text={claim.text}
          speaker={claim.speaker}
        />
      )}
      <Section title="Workflow">
        <WorkflowControls
          claimId={claim.id}
          version={claim.version}
          status={claim.status}
          canSignOff={canSignOff}
          signOffRefusal={signOffRefusal}
        />
        <RoundNotes comments={claim.comments} settled={locked} />
      </Section>
      <Section title={`Sources (${claim.sources.length})`}>
        <ul className="mb-3 space-y-2" data-testid="sources">
          {claim.sources.map((s) => (
            <SourceItem key={s.id} claimId={claim.id} source={s} locked={locked} />
          ))}
        </ul>
        {!locked && <SourceForm claimId={claim.id} />}
      </Section>
      {detail.blind ? (
        <Section title="Your blind rating">
          <BlindRatingForm
            key={claim.id}
            sessionId={detail.blind.sessionId}
            claimId={claim.id}
            mine={detail.blind.mine}
            ratings={ratingOptions}
          />
        </Section>
      ) : (
        <Section
          title={
            verdict
              ? `Verdict · version ${verdict.version}${verdict.signedOffBy ? `, signed off by ${verdict.signedOffBy.name}` : ""}`
              : "Verdict"
          }
        >
          <VerdictForm
            key={claim.id}
            claimId={claim.id}
            version={claim.version}
            locked={locked}
            ratings={ratingOptions}
            sources={claim.sources.map((s) => ({
              id: s.id,
              url: s.url,
              publisher: s.publisher,
              title: s.title,
              stance: s.stance,
            }))}
            draft={
              verdict
                ? {
                    ratingId: verdict.ratingId,
                    summary: verdict.summary,
                    rationale: verdict.rationale,
                    sourceIds: verdict.sources.map((s) => s.sourceId),
                  }
                : null
            }
          />
        </Section>
      )}
      <Section title="Publication">
        <PublishControls
          claimId={claim.id}
          version={claim.version}
          status={claim.status}
          signedVersion={verdict?.signedOffAt ? verdict.version : null}
          publication={
            claim.publication ? { ...claim.publication, publishedVersion: claim.publication.verdict.version } : null
          }
          canPublish={canPublish}
        />
      </Section>
      <Section title="History">
        <ol className="space-y-1.5 text-sm" data-testid="history">
          {history.map((h) => (
            <li key={h.id} className="flex gap-2">
              <span className="w-28 shrink-0 text-xs tabular-nums text-slate-500">{timeFormat.format(h.at)}</span>
              <span>
                <span className="font-medium">{h.actor}</span> {describeAuditAction(h.action)}
                {summarise(h.after)}
              </span>
            </li>
          ))}
        </ol>
      </Section>
      {!locked && claim.sources.length === 0 && !verdict && (
        <Section title="Split or merge">
          <SplitMergeControls
            key={claim.id}
            articleId={claim.articleId}
            claimId={claim.id}
            version={claim.version}
            quote={claim.quote}
            next={next}
          />
        </Section>
      )}
      {!locked && (
        <Section title="Not check-worthy?">
          <DismissControls
            claimId={claim.id}
            version={claim.version}
            dismissed={claim.status === "DISMISSED"}
            reason={claim.dismissReason}
          />
        </Section>
      )}
    </div>
  );
}

function summarise(after: unknown): string {
  if (!after || typeof after !== "object") return "";
  const a = after as Record<string, unknown>;
  if (typeof a.text === "string") return `: “${a.text}”`;
  if (typeof a.rating === "string") return `: ${a.rating}`;
  if (typeof a.url === "string") return `: ${a.url}`;
  if (typeof a.comment === "string") return `: ${a.comment}`;
  return "";
}
