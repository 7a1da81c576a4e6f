import "server-only";
import { getServerSession } from "next-auth";
import type { Actor } from "./permissions";
import { authOptions } from "./options";

/**
 * Who is asking: a signed-in, still-enabled user (re-read from the database), nobody, or someone
 * whose session outlived their account (disabled or removed since signing in).
 */
export async function getSessionState(): Promise<{ actor: Actor } | { actor: null; disabled: boolean }> {
  // authOptions' session callback has re-read the account (see lib/auth/options.ts).
  const session = (await getServerSession(authOptions)) as { actor?: Actor; disabled?: boolean } | null;
  if (session?.actor) return { actor: session.actor };
  return { actor: null, disabled: !!session?.disabled };
}

/** The signed-in, still-enabled user; null when signed out or disabled. */
export async function getActor(): Promise<Actor | null> {
  return (await getSessionState()).actor;
}
