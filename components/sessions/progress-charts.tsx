"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { STATUS_LABEL } from "@/lib/claim-labels";

type Progress = {
  total: number;
  byStatus: Record<string, number>;
  byRating: { label: string; color: string; count: number }[];
  burndown: { at: number; open: number }[];
  reviewers: { name: string; assigned: number; verified: number; inProgress: number }[];
  deadline: number | null;
};

const STATUS_COLOR: Record<string, string> = {
  UNREVIEWED: "#94a3b8",
  IN_REVIEW: "#0284c7",
  NEEDS_SIGNOFF: "#d97706",
  VERIFIED: "#15803d",
  DISMISSED: "#64748b",
};
const time = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

function Card({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div className="mt-2 h-44" aria-hidden>
        {children}
      </div>
      <p className="sr-only">{summary}</p>
    </figure>
  );
}

/** Progress at a glance: status counts, ratings, the burn-down of open claims and each reviewer's work. Every chart has its numbers as text for screen readers. */
export function ProgressCharts({ progress }: { progress: Progress }) {
  const statuses = Object.entries(progress.byStatus).map(([status, count]) => ({
    status,
    label: STATUS_LABEL[status as keyof typeof STATUS_LABEL],
    count,
  }));
  // The burn-down runs from the session's start to now (or its close): both points are always there.
  const start = progress.burndown[0]?.at ?? 0;
  const end = Math.max(progress.deadline ?? 0, progress.burndown.at(-1)?.at ?? start);
  // The pace that would finish by the deadline: every claim open at the start, none at the deadline.
  const pace =
    progress.deadline && progress.deadline > start
      ? [
          { at: start, open: progress.burndown[0]?.open ?? progress.total },
          { at: progress.deadline, open: 0 },
        ]
      : null;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4" data-testid="progress">
      <Card title="Claims by status" summary={statuses.map((s) => `${s.label}: ${s.count}`).join(", ")}>
        <ResponsiveContainer>
          <BarChart data={statuses} layout="vertical" margin={{ left: 8, right: 16 }}>
            <XAxis type="number" allowDecimals={false} fontSize={11} />
            <YAxis type="category" dataKey="label" width={96} fontSize={11} />
            <Tooltip />
            <Bar dataKey="count" name="Claims" isAnimationActive={false}>
              {statuses.map((s) => (
                <Cell key={s.status} fill={STATUS_COLOR[s.status]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Card>
      <Card
        title="Verified claims by rating"
        summary={
          progress.byRating.length
            ? progress.byRating.map((r) => `${r.label}: ${r.count}`).join(", ")
            : "No verified claims yet"
        }
      >
        {progress.byRating.length === 0 ? (
          <p className="pt-12 text-center text-sm text-slate-500">No verified claims yet</p>
        ) : (
          <ResponsiveContainer>
            <BarChart data={progress.byRating} margin={{ right: 8 }}>
              <XAxis dataKey="label" fontSize={11} interval={0} />
              <YAxis allowDecimals={false} fontSize={11} width={28} />
              <Tooltip />
              <Bar dataKey="count" name="Claims" isAnimationActive={false}>
                {progress.byRating.map((r) => (
                  <Cell key={r.label} fill={r.color} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </Card>
      <Card
        title="Open claims over time"
        summary={`${progress.burndown.at(-1)?.open ?? 0} of ${progress.total} claims still open${progress.deadline ? `; deadline ${time.format(progress.deadline)}` : ""}`}
      >
        <ResponsiveContainer>
          <LineChart margin={{ top: 14, right: 16 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={[start, end]}
              ticks={end > start ? [start, end] : [start]}
              tickFormatter={(t: number) => time.format(t)}
              fontSize={10}
              minTickGap={40}
            />
            <YAxis allowDecimals={false} fontSize={11} width={28} domain={[0, progress.total]} />
            <Tooltip labelFormatter={(t) => time.format(Number(t))} />
            {pace && (
              <Line
                data={pace}
                dataKey="open"
                name="On pace for the deadline"
                stroke="#94a3b8"
                strokeDasharray="4 4"
                dot={false}
                isAnimationActive={false}
              />
            )}
            {progress.deadline && (
              <ReferenceLine
                x={progress.deadline}
                stroke="#b91c1c"
                label={{ value: "Deadline", position: "insideTopRight", fontSize: 10, fill: "#b91c1c" }}
              />
            )}
            <Line
              data={progress.burndown}
              type="stepAfter"
              dataKey="open"
              name="Open claims"
              stroke="#0f172a"
              strokeWidth={2}
              // The latest point marks "now", so a session just begun still shows where it stands.
              dot={(props: { cx?: number; cy?: number; index?: number }) =>
                props.index === progress.burndown.length - 1 ? (
                  <circle key="now" cx={props.cx} cy={props.cy} r={4} fill="#0f172a" />
                ) : (
                  <g key={props.index} />
                )
              }
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </Card>
      <Card
        title="Work per reviewer"
        summary={progress.reviewers
          .map((r) => `${r.name}: ${r.verified} verified, ${r.inProgress} in progress, of ${r.assigned} assigned`)
          .join("; ")}
      >
        <ResponsiveContainer>
          <BarChart
            data={progress.reviewers.map((r) => ({ ...r, notStarted: r.assigned - r.verified - r.inProgress }))}
            margin={{ right: 8 }}
          >
            <XAxis dataKey="name" fontSize={11} interval={0} />
            <YAxis allowDecimals={false} fontSize={11} width={28} />
            <Tooltip />
            <Bar dataKey="verified" stackId="a" name="Verified" fill="#15803d" />
            <Bar dataKey="inProgress" stackId="a" name="In progress" fill="#0284c7" />
            <Bar dataKey="notStarted" stackId="a" name="Not started" fill="#cbd5e1" />
          </BarChart>
        </ResponsiveContainer>
      </Card>
    </div>
  );
}
