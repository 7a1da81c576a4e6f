import Link from "next/link";
import { STATUS, type StatusKey } from "@/components/claims/status";
import { claimTypeLabel } from "@/lib/claim-labels";

export type ClaimFilter = { status?: string; type?: string; assignee?: string; minScore?: number };
type Countable = { status: string; type: string; score: number; assignee: { id: string; name: string } | null };

export function matchesFilter(c: Countable, f: ClaimFilter): boolean {
  return (
    (!f.status || c.status === f.status) &&
    (!f.type || c.type === f.type) &&
    (!f.minScore || c.score >= f.minScore) &&
    (!f.assignee || (f.assignee === "none" ? !c.assignee : c.assignee?.id === f.assignee))
  );
}

/** Filter chips with counts; each is a link, so a filtered list can be shared. */
export function ClaimFilters({
  articleId,
  claims,
  filter,
}: {
  articleId: string;
  claims: Countable[];
  filter: ClaimFilter;
}) {
  const link = (patch: ClaimFilter) => {
    const next = { ...filter, ...patch };
    const params = new URLSearchParams(
      Object.entries(next)
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => [k, String(v)]),
    );
    return `/articles/${articleId}${params.size ? `?${params}` : ""}`;
  };
  const count = (key: keyof Countable, value: string) => claims.filter((c) => c[key] === value).length;
  const chip = (active: boolean) =>
    `rounded-full border px-2 py-0.5 text-xs ${active ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-slate-500"}`;
  const assignees = [
    ...new Map(claims.filter((c) => c.assignee).map((c) => [c.assignee!.id, c.assignee!.name])).entries(),
  ];
  return (
    <div className="mt-3 space-y-2" aria-label="Filter claims">
      <div className="flex flex-wrap gap-1.5">
        <Link scroll={false} href={link({ status: undefined })} className={chip(!filter.status)}>
          All {claims.length}
        </Link>
        {(Object.keys(STATUS) as StatusKey[])
          .filter((s) => count("status", s) > 0)
          .map((s) => (
            <Link scroll={false} key={s} href={link({ status: s })} className={chip(filter.status === s)}>
              {STATUS[s].label} {count("status", s)}
            </Link>
          ))}
      </div>
      <div className="flex flex-wrap gap-1.5">
        {[...new Set(claims.map((c) => c.type))].map((t) => (
          <Link
            scroll={false}
            key={t}
            href={link({ type: filter.type === t ? undefined : t })}
            className={chip(filter.type === t)}
          >
            {claimTypeLabel(t)} {count("type", t)}
          </Link>
        ))}
        <Link
          scroll={false}
          href={link({ minScore: filter.minScore ? undefined : 0.6 })}
          className={chip(!!filter.minScore)}
        >
          Check-worthiness ≥ 60%
        </Link>
        {assignees.map(([id, name]) => (
          <Link
            scroll={false}
            key={id}
            href={link({ assignee: filter.assignee === id ? undefined : id })}
            className={chip(filter.assignee === id)}
          >
            {name}
          </Link>
        ))}
        <Link
          scroll={false}
          href={link({ assignee: filter.assignee === "none" ? undefined : "none" })}
          className={chip(filter.assignee === "none")}
        >
          Unassigned
        </Link>
      </div>
    </div>
  );
}
