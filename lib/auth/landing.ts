import type { Role } from "../db/enums";

/** Where each role's day starts after signing in (when no other page was asked for). */
const LANDING: Record<Role, string> = {
  REVIEWER: "/queue?view=mine",
  EDITOR: "/queue?view=signoff",
  ADMIN: "/admin/users",
};

export function landingPath(role: string | null | undefined): string {
  return LANDING[role as Role] ?? "/articles";
}

/** The queue view whose count the navigation shows: the work waiting for this person. */
export function waitingView(role: Role): "mine" | "signoff" {
  return role === "REVIEWER" ? "mine" : "signoff";
}
