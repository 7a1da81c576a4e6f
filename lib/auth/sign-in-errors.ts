import { GENERIC_ERROR_MESSAGE, toAppError } from "../errors";

export const ACCOUNT_DISABLED = "This account is disabled. Ask an admin to re-enable it.";

export const DATABASE_DOWN =
  "claimdesk cannot reach its database right now. Try again in a minute; if it keeps happening, tell an admin.";

// Connection failures as the pg driver and Prisma report them.
const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|P1001|Can't reach database|Connection terminated|connect ECONN/i;

/**
 * What the sign-in form says about a failure: the product's own sentence, never Prisma's or
 * Postgres's words ("Can't reach database server at …", a NUL-byte encoding error).
 */
export function signInErrorMessage(err: unknown): string {
  const appError = toAppError(err);
  if (appError) return appError.userMessage;
  const e = err as { message?: unknown; code?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  const text = [e?.message, e?.code, e?.cause?.code, e?.cause?.message].map((v) => String(v ?? "")).join(" ");
  return UNREACHABLE.test(text) ? DATABASE_DOWN : GENERIC_ERROR_MESSAGE;
}
