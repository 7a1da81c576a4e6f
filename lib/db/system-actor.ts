import type { Actor } from "../auth/permissions";

/** The actor for seeding and command-line imports: audited as "system" (no user row). */
export const SYSTEM_ACTOR: Actor = { id: "system", role: "ADMIN", name: "claimdesk", email: "" };

export function isSystemActor(actor: Actor): boolean {
  return actor === SYSTEM_ACTOR;
}
