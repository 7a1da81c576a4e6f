import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/factories";
import { db } from "./client";
import { createUser, listUsers, updateUser } from "./users";

const input = (email: string) => ({ email, name: "Ana Ruiz", role: "REVIEWER" as const, password: "a long password" });

describe("user accounts (DAL)", () => {
  it("creates an account and its audit row in one go", async () => {
    const admin = await createTestUser("ADMIN");
    const user = await createUser(admin, input("ana@newsroom.test"));
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(audit).toMatchObject({
      action: "user.create",
      actorId: admin.id,
      after: { email: "ana@newsroom.test", role: "REVIEWER" },
    });
  });

  it("refuses a second account for the same email in another case, and writes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    await createUser(admin, input("dup@newsroom.test"));
    await expect(createUser(admin, input("DUP@Newsroom.test"))).rejects.toMatchObject({
      code: "CONFLICT",
      userMessage: "An account for dup@newsroom.test already exists.",
    });
    expect(await db().user.count({ where: { email: "dup@newsroom.test" } })).toBe(1);
    expect(
      await db().auditEvent.count({
        where: { action: "user.create", after: { path: ["email"], equals: "dup@newsroom.test" } },
      }),
    ).toBe(1);
  });

  it("refuses editors and reviewers", async () => {
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const actor = await createTestUser(role);
      await expect(createUser(actor, input(`x-${role}@newsroom.test`))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listUsers(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("changes a role and records before and after", async () => {
    const admin = await createTestUser("ADMIN");
    const reviewer = await createTestUser("REVIEWER");
    const updated = await updateUser(admin, { id: reviewer.id, role: "EDITOR" });
    expect(updated.role).toBe("EDITOR");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: reviewer.id, action: "user.update" } });
    expect(audit.before).toMatchObject({ role: "REVIEWER" });
    expect(audit.after).toMatchObject({ role: "EDITOR" });
  });

  it("does not let an admin disable or demote themselves", async () => {
    const admin = await createTestUser("ADMIN");
    await expect(updateUser(admin, { id: admin.id, disabled: true })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateUser(admin, { id: admin.id, role: "REVIEWER" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });
});
