import Link from "next/link";
import { VerdictCard } from "@/components/public/verdict-card";
import { listPublicVerdicts } from "@/lib/db/public-verdicts";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { items, total } = await listPublicVerdicts({ page: 1 });
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Fact checks</h1>
      <p className="mt-3 max-w-prose text-slate-700">
        Claims from the news, checked against primary sources by {site().name}. Each verdict lists every source it rests
        on and every correction made since.
      </p>
      {items.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
          No fact checks have been published yet.
        </p>
      ) : (
        <>
          <h2 className="mt-10 text-sm font-semibold uppercase tracking-wide text-slate-600">Latest</h2>
          <ul className="mt-1">
            {items.slice(0, 6).map((item) => (
              <VerdictCard key={item.slug} item={item} />
            ))}
          </ul>
          {total > 6 && (
            <Link href="/verdicts" className="mt-4 inline-block font-medium text-sky-800 underline">
              All {total} fact checks
            </Link>
          )}
        </>
      )}
    </div>
  );
}
