import { describe, expect, it } from "vitest";
import { createTestUser, TEST_PASSWORD } from "../../test/factories";
import { THROTTLE_POLICY } from "../auth/throttle";
import { updateUser } from "./users";
import { verifyCredentials, WRONG_CREDENTIALS } from "./sign-in";

describe("signing in", () => {
  it("accepts the right password whatever the email's case", async () => {
    const user = await createTestUser("EDITOR");
    const actor = await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, "127.0.0.1");
    expect(actor).toMatchObject({ id: user.id, role: "EDITOR" });
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await createTestUser("REVIEWER");
    await expect(verifyCredentials({ email: user.email, password: "wrong" }, null)).rejects.toMatchObject({
      userMessage: WRONG_CREDENTIALS,
    });
    await expect(verifyCredentials({ email: "nobody@example.test", password: "wrong" }, null)).rejects.toMatchObject({
      userMessage: WRONG_CREDENTIALS,
    });
  });

  it("locks an email after repeated failures, even against the right password", async () => {
    const user = await createTestUser("REVIEWER");
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerEmail; i++) {
      await expect(verifyCredentials({ email: user.email, password: "wrong" }, null)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
      code: "LOCKED",
      userMessage: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
    const afterLock = new Date(Date.now() + THROTTLE_POLICY.lockMs + 1000);
    await expect(
      verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null, afterLock),
    ).resolves.toMatchObject({ id: user.id });
  });

  it("locks a client address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerAddress; i++) {
      await expect(
        verifyCredentials({ email: `guess${i}@example.test`, password: "x" }, "203.0.113.9"),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const user = await createTestUser("EDITOR");
    await expect(
      verifyCredentials({ email: user.email, password: TEST_PASSWORD }, "203.0.113.9"),
    ).rejects.toMatchObject({ code: "LOCKED" });
  });

  it("refuses a disabled account with its own message", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("REVIEWER");
    await updateUser(admin, { id: user.id, disabled: true });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
      userMessage: "This account is disabled. Ask an admin to re-enable it.",
    });
  });

  // Issue 19.5: the throttle could be walked around by pattern characters and by bursts.
  it("matches the email exactly: pattern characters never reach another account", async () => {
    const user = await createTestUser("REVIEWER");
    const [local, domain] = user.email.split("@");
    for (const variant of [
      `${local}@${domain.slice(0, -1)}_`,
      `%${user.email}`,
      `${local.slice(0, -1)}_@${domain}`,
      `%@${domain}`,
    ]) {
      await expect(verifyCredentials({ email: variant, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        userMessage: WRONG_CREDENTIALS,
      });
    }
  });

  it("checks at most the allowed number of passwords in a burst of thirty, and counts every one", async () => {
    const user = await createTestUser("REVIEWER");
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, () => verifyCredentials({ email: user.email, password: "wrong guess" }, null)),
    );
    const codes = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(THROTTLE_POLICY.maxFailuresPerEmail);
    expect(codes.filter((c) => c === "LOCKED")).toHaveLength(30 - THROTTLE_POLICY.maxFailuresPerEmail);
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
      code: "LOCKED",
    });
  });

  it("a right password hidden in a burst of wrong ones does not get in once the account is locked", async () => {
    const user = await createTestUser("REVIEWER");
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerEmail - 1; i++)
      await verifyCredentials({ email: user.email, password: "wrong" }, null).catch(() => undefined);
    const burst = [...Array.from({ length: 29 }, () => "wrong guess"), TEST_PASSWORD];
    const outcomes = await Promise.allSettled(
      burst.map((password) => verifyCredentials({ email: user.email, password }, null)),
    );
    // One more attempt was allowed: only if that one was the right password could it succeed.
    expect(
      outcomes.filter((o) => o.status === "rejected" && (o.reason as { code: string }).code === "UNAUTHENTICATED")
        .length + outcomes.filter((o) => o.status === "fulfilled").length,
    ).toBe(1);
  });

  it("answers a NUL byte in the email like any other wrong email", async () => {
    await expect(verifyCredentials({ email: "t1@claimdesk.test\u0000", password: "x" }, null)).rejects.toMatchObject({
      userMessage: WRONG_CREDENTIALS,
    });
  });

  // Attempts are counted before the password is checked, so up to the policy's limit may run at once.
  it("lets the same person sign in from several tabs at once", async () => {
    const user = await createTestUser("EDITOR");
    const tabs = THROTTLE_POLICY.maxFailuresPerEmail - 1;
    const outcomes = await Promise.allSettled(
      Array.from({ length: tabs }, () =>
        verifyCredentials({ email: user.email, password: TEST_PASSWORD }, "127.0.0.1"),
      ),
    );
    expect(outcomes.map((o) => (o.status === "rejected" ? (o.reason as Error).message : "ok"))).toEqual(
      Array(tabs).fill("ok"),
    );
    // And nothing was left counted against the account or the address.
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, "127.0.0.1")).resolves.toMatchObject(
      { id: user.id },
    );
  });
});
