import "server-only";
import { dummyPasswordHash, verifyPassword } from "../auth/password";
import type { Actor } from "../auth/permissions";
import { describeLock, lockRemainingMs, registerFailure, THROTTLE_POLICY, type ThrottleState } from "../auth/throttle";
import { AppError } from "../errors";
import { signInSchema } from "../validation/users";
import { db } from "./client";

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

async function loadThrottle(key: string): Promise<ThrottleState | null> {
  return db().loginThrottle.findUnique({ where: { key } });
}

async function recordFailure(key: string, maxFailures: number, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const state = await tx.loginThrottle.findUnique({ where: { key } });
    const next = registerFailure(state, now, maxFailures);
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  });
}

/**
 * Checks an email and password. Wrong email and wrong password give the same message;
 * repeated failures lock the email (whether or not it has an account) and the client address.
 */
export async function verifyCredentials(raw: unknown, address: string | null, now = new Date()): Promise<Actor> {
  const { email, password } = signInSchema.parse(raw);
  const keys = [
    { key: `email:${email}`, max: THROTTLE_POLICY.maxFailuresPerEmail },
    ...(address ? [{ key: `addr:${address}`, max: THROTTLE_POLICY.maxFailuresPerAddress }] : []),
  ];
  for (const { key } of keys) {
    const remaining = lockRemainingMs(await loadThrottle(key), now);
    if (remaining > 0) throw new AppError("LOCKED", describeLock(remaining));
  }

  const user = email
    ? await db().user.findFirst({
        where: { email: { equals: email, mode: "insensitive" } },
        select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
      })
    : null;
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (user && ok && user.disabled) throw new AppError("FORBIDDEN", "This account is disabled. Ask an admin to re-enable it.");
  if (!user || !ok) {
    for (const { key, max } of keys) await recordFailure(key, max, now);
    throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  }
  await db().loginThrottle.deleteMany({ where: { key: `email:${email}` } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
