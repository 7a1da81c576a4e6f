/** Sign-in throttling policy: pure, so it can be tested without a clock or a database. */
export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export const THROTTLE_POLICY = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 20,
};

export function lockRemainingMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure: failures outside the window start a new count; reaching the limit locks. */
export function registerFailure(state: ThrottleState | null, now: Date, maxFailures: number): ThrottleState {
  const inWindow = state && now.getTime() - state.windowStart.getTime() < THROTTLE_POLICY.windowMs;
  const failures = inWindow ? state.failures + 1 : 1;
  const windowStart = inWindow ? state.windowStart : now;
  const lockedUntil = failures >= maxFailures ? new Date(now.getTime() + THROTTLE_POLICY.lockMs) : null;
  return { failures, windowStart, lockedUntil };
}

export function describeLock(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The state once one failure counted in advance is taken back (the attempt turned out to be right). */
export function undoFailure(state: ThrottleState, maxFailures: number): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= maxFailures ? state.lockedUntil : null };
}
