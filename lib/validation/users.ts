import { Role } from "../db/enums";
import { z } from "zod";

export const ROLES = Object.values(Role);

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address, like name@newsroom.org.")
  .transform((e) => e.toLowerCase());

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(10, "Use at least 10 characters for the password.")
  .max(200, "Use at most 200 characters for the password.");

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).default(""),
  password: z.string().max(200).default(""),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters for the name."),
  role: z.enum(Role, { error: "Choose a role: admin, editor or reviewer." }),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  id: z.string().min(1),
  role: z.enum(Role, { error: "Choose a role: admin, editor or reviewer." }).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
