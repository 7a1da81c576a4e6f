import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { Actor } from "../lib/auth/permissions";
import { db } from "../lib/db/client";

export const TEST_PASSWORD = "correct horse battery";

export async function createTestUser(role: Actor["role"], overrides: { disabled?: boolean } = {}): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db().user.create({
    data: { email, name: `${role} ${email.slice(-10)}`, role, passwordHash: await hashPassword(TEST_PASSWORD), ...overrides },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
