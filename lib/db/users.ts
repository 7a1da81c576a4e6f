import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { hashPassword } from "../auth/password";
import { AppError } from "../errors";
import { createUserSchema, updateUserSchema, type CreateUserInput, type UpdateUserInput } from "../validation/users";
import { db } from "./client";
import { recordAudit } from "./audit";
import { announceAccountDisabled } from "../infra/session-listener";
import { parseInput } from "../validation/parse-input";

const userDto = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: Actor["role"];
  disabled: boolean;
  createdAt: Date;
};

export async function listUsers(actor: Actor): Promise<UserDto[]> {
  assertCan(actor, "user.manage");
  return db().user.findMany({ select: userDto, orderBy: [{ disabled: "asc" }, { name: "asc" }] });
}

/** Creates an account; the email is unique whatever its case. */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<UserDto> {
  assertCan(actor, "user.manage");
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", `An account for ${data.email} already exists.`);
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: userDto,
    });
    await recordAudit(tx, actor, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return user;
  });
}

/** Changes a role or disables an account; admins cannot lock themselves out. */
export async function updateUser(actor: Actor, input: UpdateUserInput): Promise<UserDto> {
  assertCan(actor, "user.manage");
  const data = parseInput(updateUserSchema, input);
  if (data.id === actor.id && (data.disabled || (data.role && data.role !== "ADMIN"))) {
    throw new AppError("INVALID_INPUT", "You cannot disable your own account or remove your own admin role.");
  }
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: userDto });
    if (!before) throw new AppError("NOT_FOUND", "That account no longer exists.");
    const after = await tx.user.update({
      where: { id: data.id },
      data: { role: data.role, disabled: data.disabled },
      select: userDto,
    });
    if (after.disabled && !before.disabled) await announceAccountDisabled(tx, after.id);
    await recordAudit(tx, actor, {
      action: "user.update",
      entityType: "User",
      entityId: after.id,
      before: { role: before.role, disabled: before.disabled },
      after: { role: after.role, disabled: after.disabled },
    });
    return after;
  });
}

/** Re-reads the signed-in user on every request so role changes and disabling take effect at once. */
export async function findActiveActor(id: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, email: true, disabled: true },
  });
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
