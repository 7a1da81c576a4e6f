import { ZodError } from "zod";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID_INPUT" | "LOCKED";

/** The one error type the app raises on purpose: `userMessage` is safe to show to a person. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly userMessage: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(userMessage);
    this.name = "AppError";
  }
}

type PrismaLikeError = { code?: unknown; meta?: { target?: unknown; modelName?: unknown } };

function prismaCode(err: unknown): string | undefined {
  const code = (err as PrismaLikeError | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/** Maps anything thrown to an AppError; unknown errors become a generic sentence. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of err.issues) {
      const key = issue.path.join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const first = err.issues[0];
    return new AppError("INVALID_INPUT", first ? first.message : "The input is not valid.", fieldErrors);
  }
  switch (prismaCode(err)) {
    case "P2002":
      return new AppError("CONFLICT", "That already exists.");
    case "P2025":
      return new AppError("NOT_FOUND", "That item no longer exists.");
    default:
      return null;
  }
}

export const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side. Please try again; if it keeps happening, tell an admin.";
