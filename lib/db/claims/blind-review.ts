import "server-only";
import { can, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { db, type Tx } from "../client";
import { sessionClaimsWhere } from "../session-scope";
import { OPEN_STATUSES } from "../../validation/queue";

type Reader = Tx | ReturnType<typeof db>;

/**
 * Claims (of those given) under an open blind double review whose two blind ratings are not both in:
 * for them, a reviewer may neither read nor write the shared verdict, nor see the other rating.
 * Editors and admins run the review and are not blind. A claim that was already settled (verified
 * or dismissed) before anyone in the session was assigned to it never entered the blind review.
 */
export async function claimsUnderBlindReview(reader: Reader, claimIds: string[] | "all"): Promise<Map<string, string>> {
  const blind = new Map<string, string>();
  if (claimIds !== "all" && !claimIds.length) return blind;
  // Open blind sessions are few; each one's claims come from the same scope rule as its board.
  const sessions = await reader.reviewSession.findMany({
    where: { blindDoubleReview: true, status: "OPEN" },
    select: { id: true, claimType: true, minScore: true },
  });
  for (const session of sessions) {
    const claims = await reader.claim.findMany({
      where: {
        ...sessionClaimsWhere(session),
        ...(claimIds === "all" ? {} : { id: { in: claimIds } }),
        OR: [{ status: { in: [...OPEN_STATUSES] } }, { assignments: { some: { sessionId: session.id } } }],
      },
      select: { id: true, _count: { select: { blindRatings: { where: { sessionId: session.id } } } } },
    });
    for (const c of claims) if (c._count.blindRatings < 2 && !blind.has(c.id)) blind.set(c.id, session.id);
  }
  return blind;
}

export const isBlindTo = (actor: Actor) => !can(actor, "session.manage");

/** The blind session hiding this claim's shared verdict from this person, or null when they may see it. */
export async function blindSessionFor(reader: Reader, actor: Actor, claimId: string): Promise<string | null> {
  if (!isBlindTo(actor)) return null;
  return (await claimsUnderBlindReview(reader, [claimId])).get(claimId) ?? null;
}

/** Refuses a reviewer's write to the shared verdict while the claim's blind ratings are incomplete. */
export async function assertNotBlind(tx: Tx, actor: Actor, claimId: string): Promise<void> {
  if (await blindSessionFor(tx, actor, claimId)) {
    throw new AppError(
      "FORBIDDEN",
      "This claim is in a blind double review: give your own rating first. The shared verdict opens once both blind ratings are in.",
    );
  }
}
