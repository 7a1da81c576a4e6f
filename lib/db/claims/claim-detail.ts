import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { activeRatings } from "../ratings";
import { db } from "../client";
import { blindSessionFor } from "./blind-review";

export type HistoryEntry = { id: string; action: string; actor: string; at: Date; before: unknown; after: unknown };

/** Everything the claim panel shows: the claim, its sources, latest verdict, comments and history. */
export async function getClaimDetail(actor: Actor, claimId: string) {
  assertCan(actor, "article.read");
  const claim = await db().claim.findUnique({
    where: { id: claimId },
    include: {
      assignee: { select: { id: true, name: true } },
      sources: { orderBy: { createdAt: "asc" }, include: { addedBy: { select: { name: true } } } },
      verdicts: {
        orderBy: { version: "desc" },
        take: 1,
        include: {
          rating: true,
          author: { select: { id: true, name: true } },
          signedOffBy: { select: { name: true } },
          sources: { select: { sourceId: true } },
        },
      },
      comments: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
      publication: {
        select: { slug: true, unpublishedAt: true, unpublishReason: true, verdict: { select: { version: true } } },
      },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim no longer exists.");
  const events = await db().auditEvent.findMany({
    where: { claimId },
    orderBy: { id: "desc" },
    take: 200,
    include: { actor: { select: { name: true } } },
  });
  const history: HistoryEntry[] = events.map((e) => ({
    id: String(e.id),
    action: e.action,
    actor: e.actor?.name ?? "claimdesk",
    at: e.createdAt,
    before: e.before,
    after: e.after,
  }));
  const ratings = await activeRatings();
  const blindSession = await blindSessionFor(db(), actor, claimId);
  if (!blindSession) return { claim, verdict: claim.verdicts[0] ?? null, history, ratings, blind: null };
  // Blind: no shared verdict and no trace of one (history, other rating); the person's own blind rating only.
  const mine = await db().blindRating.findUnique({
    where: { sessionId_claimId_userId: { sessionId: blindSession, claimId, userId: actor.id } },
    select: { ratingId: true },
  });
  const seen = history.filter((h) => !h.action.startsWith("verdict.") && !h.action.startsWith("blind."));
  return {
    claim: { ...claim, verdicts: [] },
    verdict: null,
    history: seen,
    ratings,
    blind: { sessionId: blindSession, mine: mine?.ratingId ?? null },
  };
}
