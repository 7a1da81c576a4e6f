import "server-only";
import type { Actor } from "../../auth/permissions";
import { db } from "../client";
import { requireSessionAccess } from "./access";

/** The id of the session's latest event, so a freshly rendered page can follow on from it. */
export async function latestEventId(actor: Actor, sessionId: string): Promise<string> {
  await requireSessionAccess(actor, sessionId);
  const last = await db().sessionEvent.findFirst({
    where: { sessionId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return (last?.id ?? BigInt(0)).toString();
}

/** Events after the last one a page saw, in order, for catching up after a reconnect. */
export async function eventsAfter(actor: Actor, sessionId: string, afterId: bigint, limit = 1000) {
  await requireSessionAccess(actor, sessionId);
  const rows = await db().sessionEvent.findMany({
    where: { sessionId, id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, kind: true, claimId: true },
  });
  return rows.map((r) => ({ id: r.id.toString(), sessionId, kind: r.kind, claimId: r.claimId }));
}
