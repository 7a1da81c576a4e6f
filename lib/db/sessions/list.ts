import "server-only";
import { assertCan, can, type Actor } from "../../auth/permissions";
import { db } from "../client";

export async function listSessions(actor: Actor) {
  assertCan(actor, "article.read");
  return db().reviewSession.findMany({
    where: can(actor, "session.manage") ? {} : { members: { some: { userId: actor.id } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: { createdBy: { select: { name: true } }, _count: { select: { articles: true, members: true } } },
  });
}
