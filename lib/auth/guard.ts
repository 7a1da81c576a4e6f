import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Actor, type Permission } from "./permissions";
import { getActor } from "./session";

/** For pages: sends signed-out visitors to sign-in and answers 403 when the role lacks the permission. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!can(actor, permission)) forbidden();
  return actor;
}
