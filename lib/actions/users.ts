"use server";
import { createUser, updateUser } from "../db/users";
import { createUserSchema, updateUserSchema } from "../validation/users";
import { authedAction } from "./authed-action";

export const createUserAction = authedAction(
  { schema: createUserSchema, permission: "user.manage", revalidate: () => ["/admin/users"] },
  createUser,
);

export const updateUserAction = authedAction(
  { schema: updateUserSchema, permission: "user.manage", revalidate: () => ["/admin/users"] },
  updateUser,
);
