import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { requirePageActor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listSessions } from "@/lib/db/sessions";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const actor = await requirePageActor("article.read");
  const sessions = await listSessions(actor);
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Review sessions</h1>
        {can(actor, "session.manage") && (
          <Link
            href="/sessions/new"
            className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-800"
          >
            New session
          </Link>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No sessions yet.{" "}
          {can(actor, "session.manage")
            ? "Start one to check a set of articles together before a deadline."
            : "An editor adds you to a session when there is work for you."}
        </p>
      ) : (
        <DataTable
          columns={[
            { label: "Session" },
            { label: "Status" },
            { label: "Deadline" },
            { label: "Articles" },
            { label: "People" },
            { label: "Started by" },
          ]}
        >
          {sessions.map((s) => (
            <tr key={s.id}>
              <td className="px-4 py-3 font-medium">
                <Link href={`/sessions/${s.id}`} className="hover:underline">
                  {s.name}
                </Link>
                {s.blindDoubleReview && (
                  <span className="ml-2 rounded bg-violet-50 px-1.5 py-0.5 text-xs text-violet-800">
                    Blind double review
                  </span>
                )}
              </td>
              <td className="px-4 py-3">{s.status === "OPEN" ? "Open" : `Closed ${formatDate(s.closedAt)}`}</td>
              <td className="px-4 py-3">{formatDate(s.deadline)}</td>
              <td className="px-4 py-3">{s._count.articles}</td>
              <td className="px-4 py-3">{s._count.members}</td>
              <td className="px-4 py-3 text-slate-600">{s.createdBy.name}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
