import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "../errors";
import { can, type Actor, type Permission } from "./permissions";
import { getActor } from "./session";

/** For pages: sends signed-out visitors to sign-in and answers 403 when the role lacks the permission. */
export async function requirePageActor(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For pages: a DAL refusal becomes the matching page (404 or 403); anything else is a real error. */
export function orPageError(err: unknown): never {
  if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
  if (err instanceof AppError && err.code === "FORBIDDEN") forbidden();
  throw err;
}
