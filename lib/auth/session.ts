import "server-only";
import { getServerSession } from "next-auth";
import { findActiveActor } from "../db/users";
import type { Actor } from "./permissions";
import { authOptions } from "./options";

/** The signed-in, still-enabled user, re-read from the database; null when signed out. */
export async function getActor(): Promise<Actor | null> {
  const session = (await getServerSession(authOptions)) as { uid?: unknown } | null;
  if (!session || typeof session.uid !== "string") return null;
  return findActiveActor(session.uid);
}
