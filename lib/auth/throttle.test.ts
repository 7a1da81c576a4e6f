import { describe, expect, it } from "vitest";
import { describeLock, lockRemainingMs, registerFailure, THROTTLE_POLICY } from "./throttle";

const t0 = new Date("2026-01-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttling", () => {
  it("locks after the maximum number of failures inside the window", () => {
    let state = null;
    for (let i = 0; i < 4; i++) state = registerFailure(state, later(i * 1000), 5);
    expect(state?.lockedUntil).toBeNull();
    state = registerFailure(state, later(5000), 5);
    expect(state.failures).toBe(5);
    expect(lockRemainingMs(state, later(5000))).toBe(THROTTLE_POLICY.lockMs);
  });

  it("starts counting again once the window has passed", () => {
    const old = { failures: 4, windowStart: t0, lockedUntil: null };
    const next = registerFailure(old, later(THROTTLE_POLICY.windowMs + 1), 5);
    expect(next.failures).toBe(1);
    expect(next.lockedUntil).toBeNull();
  });

  it("reports no lock once it has expired", () => {
    const state = { failures: 5, windowStart: t0, lockedUntil: later(1000) };
    expect(lockRemainingMs(state, later(2000))).toBe(0);
  });

  it("tells the person how long to wait, in whole minutes", () => {
    expect(describeLock(61_000)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(describeLock(10_000)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
  });
});
