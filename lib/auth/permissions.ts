import type { Role } from "../db/enums";
import { AppError } from "../errors";

export type Actor = { id: string; role: Role; name: string; email: string };

// Every action in the product, and the roles allowed to perform it.
const grants = {
  "article.read": ["ADMIN", "EDITOR", "REVIEWER"],
  "article.create": ["ADMIN", "EDITOR", "REVIEWER"],
  "claim.edit": ["ADMIN", "EDITOR", "REVIEWER"],
  "source.edit": ["ADMIN", "EDITOR", "REVIEWER"],
  "verdict.draft": ["ADMIN", "EDITOR", "REVIEWER"],
  "claim.assign": ["ADMIN", "EDITOR"],
  "verdict.signoff": ["ADMIN", "EDITOR"],
  "verdict.publish": ["ADMIN", "EDITOR"],
  "session.manage": ["ADMIN", "EDITOR"],
  "export.run": ["ADMIN", "EDITOR", "REVIEWER"],
  // Sheets with claims that are not verified yet, statuses shown: for the people who sign off.
  "export.drafts": ["ADMIN", "EDITOR"],
  "user.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return (grants[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}
