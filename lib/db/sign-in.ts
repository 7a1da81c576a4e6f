import "server-only";
import { dummyPasswordHash, verifyPassword } from "../auth/password";
import type { Actor } from "../auth/permissions";
import {
  describeLock,
  lockRemainingMs,
  registerFailure,
  THROTTLE_POLICY,
  undoFailure,
  type ThrottleState,
} from "../auth/throttle";
import { AppError } from "../errors";
import { signInSchema } from "../validation/users";
import { parseInput } from "../validation/parse-input";
import { db, type Tx } from "./client";
import { ACCOUNT_DISABLED } from "../auth/sign-in-errors";

export const WRONG_CREDENTIALS = "Email or password is incorrect.";

type Key = { key: string; max: number };

async function lockedStates(tx: Tx, keys: Key[]): Promise<Map<string, ThrottleState>> {
  const names = keys.map((k) => k.key).sort();
  await tx.$executeRaw`INSERT INTO "LoginThrottle" (key, failures, "windowStart") SELECT k, 0, now() FROM unnest(${names}::text[]) k ON CONFLICT (key) DO NOTHING`;
  const rows = await tx.$queryRaw<(ThrottleState & { key: string })[]>`
    SELECT key, failures, "windowStart", "lockedUntil" FROM "LoginThrottle" WHERE key = ANY(${names}::text[]) ORDER BY key FOR UPDATE`;
  return new Map(rows.map(({ key, ...state }) => [key, state]));
}

/**
 * Counts this attempt as a failure before the password is checked, under a row lock: of many
 * attempts at once, only as many as the policy allows are ever checked; the rest are refused as locked.
 */
async function admitAttempt(keys: Key[], now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const states = await lockedStates(tx, keys);
    for (const { key } of keys) {
      const remaining = lockRemainingMs(states.get(key) ?? null, now);
      if (remaining > 0) throw new AppError("LOCKED", describeLock(remaining));
    }
    for (const { key, max } of keys) {
      const next = registerFailure(states.get(key)?.failures ? states.get(key)! : null, now, max);
      // Upsert: a concurrent right password may have deleted the row between the insert and the lock.
      await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    }
  });
}

/** A right password: the email's count starts again, and the address gets back the attempt counted in advance. */
async function forgiveAttempt(keys: Key[], email: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const states = await lockedStates(tx, keys);
    for (const { key, max } of keys) {
      const state = states.get(key);
      // Several right passwords at once: the first one may already have cleared the row.
      if (key === `email:${email}`) await tx.loginThrottle.deleteMany({ where: { key } });
      else if (state) await tx.loginThrottle.update({ where: { key }, data: undoFailure(state, max) });
    }
  });
}

/** Exact match on the stored (lower-cased) address: no pattern characters, whatever the input holds. */
async function findUserByEmail(email: string) {
  if (!email) return null;
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
}

/**
 * Checks an email and password. Wrong email and wrong password give the same message; repeated
 * failures lock the email (whether or not it has an account) and the client address.
 */
export async function verifyCredentials(raw: unknown, address: string | null, now = new Date()): Promise<Actor> {
  const { email, password } = parseInput(signInSchema, raw);
  const keys: Key[] = [
    { key: `email:${email}`, max: THROTTLE_POLICY.maxFailuresPerEmail },
    ...(address ? [{ key: `addr:${address}`, max: THROTTLE_POLICY.maxFailuresPerAddress }] : []),
  ];
  await admitAttempt(keys, now);
  const user = await findUserByEmail(email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
  await forgiveAttempt(keys, email);
  if (user.disabled) throw new AppError("FORBIDDEN", ACCOUNT_DISABLED);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
