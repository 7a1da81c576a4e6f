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
    await expect(verifyCredentials({ email: user.email, password: "wrong" }, null)).rejects.toMatchObject({ userMessage: WRONG_CREDENTIALS });
    await expect(verifyCredentials({ email: "nobody@example.test", password: "wrong" }, null)).rejects.toMatchObject({ userMessage: WRONG_CREDENTIALS });
  });

  it("locks an email after repeated failures, even against the right password", async () => {
    const user = await createTestUser("REVIEWER");
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerEmail; i++) {
      await expect(verifyCredentials({ email: user.email, password: "wrong" }, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
      code: "LOCKED",
      userMessage: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
    const afterLock = new Date(Date.now() + THROTTLE_POLICY.lockMs + 1000);
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null, afterLock)).resolves.toMatchObject({ id: user.id });
  });

  it("locks a client address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE_POLICY.maxFailuresPerAddress; i++) {
      await expect(verifyCredentials({ email: `guess${i}@example.test`, password: "x" }, "203.0.113.9")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const user = await createTestUser("EDITOR");
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, "203.0.113.9")).rejects.toMatchObject({ code: "LOCKED" });
  });

  it("refuses a disabled account with its own message", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createTestUser("REVIEWER");
    await updateUser(admin, { id: user.id, disabled: true });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, null)).rejects.toMatchObject({
      userMessage: "This account is disabled. Ask an admin to re-enable it.",
    });
  });
});
