import type { Metadata } from "next";
import { SessionForm } from "@/components/sessions/session-form";
import { requirePageActor } from "@/lib/auth/guard";
import { sessionChoices } from "@/lib/db/sessions";

export const metadata: Metadata = { title: "New session" };

export default async function NewSessionPage() {
  const actor = await requirePageActor("session.manage");
  const { articles, people } = await sessionChoices(actor);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">New review session</h1>
      <SessionForm
        articles={articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, claims: a._count.claims }))}
        people={people}
      />
    </div>
  );
}
