import type { Metadata } from "next";
import { RatingBadge } from "@/components/public/rating-badge";
import { ratingScale } from "@/lib/db/public-verdicts";
import { site } from "@/lib/site";
import { sourcingRules } from "@/lib/workflow/sourcing-rules";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "How we check", alternates: { canonical: "/methodology" } };

export default async function MethodologyPage() {
  const { ratings } = await ratingScale();
  const desk = site();
  const rules = sourcingRules(new Map(ratings.map((r) => [r.slug, r.label])));
  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl font-semibold">How we check</h1>
        <p className="mt-3 max-w-prose text-slate-700">
          {desk.name} checks factual claims made in the news: numbers, events, quotes and comparisons that can be tested
          against evidence. Each claim is checked against primary sources, rated on the scale below, and reviewed by an
          editor before it is published.
        </p>
      </header>
      <section aria-labelledby="scale">
        <h2 id="scale" className="text-xl font-semibold">
          Our rating scale
        </h2>
        <dl className="mt-4 space-y-4">
          {ratings.map((r) => (
            <div key={r.slug} className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-4">
              <dt>
                <RatingBadge rating={r} />
              </dt>
              <dd className="text-slate-800">{r.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sourcing">
        <h2 id="sourcing" className="text-xl font-semibold">
          Sourcing rules
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-800">
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="corrections">
        <h2 id="corrections" className="text-xl font-semibold">
          Corrections policy
        </h2>
        <p className="mt-3 max-w-prose text-slate-800">{desk.correctionsPolicy}</p>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact" className="text-xl font-semibold">
          Contact
        </h2>
        <p className="mt-3 text-slate-800">{desk.contact}</p>
      </section>
    </div>
  );
}
