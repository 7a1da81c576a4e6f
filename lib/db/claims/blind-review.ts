import "server-only";
import { can, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";
import { Prisma } from "../generated/prisma/client";
import { db, type Tx } from "../client";

type Reader = Tx | ReturnType<typeof db>;

/**
 * Claims (of those given) under an open blind double review whose two blind ratings are not both in:
 * for them, a reviewer may neither read nor write the shared verdict, nor see the other rating.
 * Editors and admins run the review and are not blind.
 */
export async function claimsUnderBlindReview(reader: Reader, claimIds: string[] | "all"): Promise<Map<string, string>> {
  if (claimIds !== "all" && !claimIds.length) return new Map();
  const which = claimIds === "all" ? Prisma.sql`TRUE` : Prisma.sql`c.id = ANY(${claimIds}::text[])`;
  const rows = await reader.$queryRaw<{ claimId: string; sessionId: string }[]>(Prisma.sql`
    SELECT c.id AS "claimId", s.id AS "sessionId"
    FROM "Claim" c
    JOIN "SessionArticle" sa ON sa."articleId" = c."articleId"
    JOIN "ReviewSession" s ON s.id = sa."sessionId" AND s."blindDoubleReview" AND s.status = 'OPEN'
    WHERE ${which}
      AND (s."claimType" IS NULL OR s."claimType" = c.type)
      AND (s."minScore" IS NULL OR c.score >= s."minScore")
      AND (SELECT count(*) FROM "BlindRating" b WHERE b."sessionId" = s.id AND b."claimId" = c.id) < 2`);
  return new Map(rows.map((r) => [r.claimId, r.sessionId]));
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
    throw new AppError("FORBIDDEN", "This claim is in a blind double review: give your own rating first. The shared verdict opens once both blind ratings are in.");
  }
}
