import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../client";

/**
 * Open live-session streams, counted in Postgres so every app server sees the same ones: a person
 * with the session open on two servers is still present when one page closes, and the cap on open
 * pages holds across servers. A stream whose heartbeat stopped (its server crashed) stops counting.
 */
export const STREAM_HEARTBEAT_MS = 15_000;
const STALE_AFTER_MS = 3 * STREAM_HEARTBEAT_MS;
const liveSince = () => new Date(Date.now() - STALE_AFTER_MS);

/** Records a new stream unless the person already has `max` open; returns its id, or null when refused. */
export async function openStream(sessionId: string, userId: string, max: number): Promise<string | null> {
  const id = randomUUID();
  await db().sessionStream.deleteMany({ where: { userId, seenAt: { lt: liveSince() } } });
  // Counted and inserted in one statement, so two pages opening at once cannot both pass the cap.
  const rows = await db().$queryRaw<{ id: string }[]>`
    INSERT INTO "SessionStream" (id, "sessionId", "userId")
    SELECT ${id}, ${sessionId}, ${userId}
    WHERE (SELECT count(*) FROM "SessionStream" WHERE "userId" = ${userId} AND "seenAt" >= ${liveSince()}) < ${max}
    RETURNING id`;
  return rows.length ? id : null;
}

export async function heartbeatStream(id: string): Promise<void> {
  await db().sessionStream.updateMany({ where: { id }, data: { seenAt: new Date() } });
}

/** Ends a stream; says whether the person still has the session open elsewhere (another tab or server). */
export async function closeStream(id: string, sessionId: string, userId: string): Promise<{ stillOpen: boolean }> {
  await db().sessionStream.deleteMany({ where: { id } });
  return { stillOpen: await hasOpenStream(sessionId, userId) };
}

export async function hasOpenStream(sessionId: string, userId: string): Promise<boolean> {
  const n = await db().sessionStream.count({ where: { sessionId, userId, seenAt: { gte: liveSince() } } });
  return n > 0;
}
