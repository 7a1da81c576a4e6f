import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { assertCan, type Actor, type Permission } from "../auth/permissions";
import { getActor } from "../auth/session";
import { GENERIC_ERROR_MESSAGE, toAppError, type AppErrorCode } from "../errors";
import { parseInput } from "../validation/parse-input";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; code?: AppErrorCode; fieldErrors?: Record<string, string[]> };

type ActionConfig<S extends z.ZodType, T> = { schema: S; permission: Permission; revalidate?: (data: T) => string[] };

/**
 * The one way to build a server action: session, then permission, then zod, then the DAL call,
 * then revalidation. Failures come back as a message a person can read, never as a thrown error.
 * `resolveActor` is the session lookup (tests pass the actor they sign in as).
 */
export function buildAuthedAction(resolveActor: () => Promise<Actor | null>) {
  return function authedAction<S extends z.ZodType, T>(
    config: ActionConfig<S, T>,
    fn: (actor: Actor, input: z.infer<S>) => Promise<T>,
  ) {
    return async (raw: unknown): Promise<ActionResult<T>> => {
      try {
        const actor = await resolveActor();
        assertCan(actor, config.permission);
        const input = parseInput(config.schema, raw);
        const data = await fn(actor, input);
        for (const path of config.revalidate?.(data) ?? []) revalidatePath(path);
        return { ok: true, data };
      } catch (err) {
        const appError = toAppError(err);
        if (appError)
          return {
            ok: false,
            message: appError.userMessage,
            code: appError.code,
            ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}),
          };
        const requestId = randomUUID();
        console.error(`[action ${requestId}]`, err);
        return { ok: false, message: `${GENERIC_ERROR_MESSAGE} (reference ${requestId.slice(0, 8)})` };
      }
    };
  };
}

export const authedAction = buildAuthedAction(getActor);
