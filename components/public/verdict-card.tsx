import Link from "next/link";
import { formatDate } from "@/lib/format";
import { verdictPath } from "@/lib/publish/paths";
import { RatingBadge } from "./rating-badge";

type Item = {
  slug: string;
  firstPublishedAt: Date;
  claim: { text: string; speaker: string | null; article: { outlet: string | null } };
  verdict: { summary: string; rating: { label: string; color: string } };
  _count: { events: number };
};

/** One verdict in a list: who claimed what, the rating, the one-line summary. */
export function VerdictCard({ item }: { item: Item }) {
  const by = [item.claim.speaker, item.claim.article.outlet].filter(Boolean).join(" in ");
  return (
    <li className="border-b border-slate-200 py-5 last:border-b-0">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <RatingBadge rating={item.verdict.rating} />
        <span>{formatDate(item.firstPublishedAt)}</span>
        {item._count.events > 0 && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">Corrected or updated</span>
        )}
      </div>
      <h2 className="mt-2 font-serif text-lg font-semibold leading-snug">
        <Link href={verdictPath(item.slug)} className="hover:underline">
          {item.claim.text}
        </Link>
      </h2>
      {by && <p className="mt-1 text-sm text-slate-600">{by}</p>}
      <p className="mt-2 text-slate-800">{item.verdict.summary}</p>
    </li>
  );
}
