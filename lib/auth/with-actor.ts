import "server-only";
import { randomUUID } from "node:crypto";
import { AppError, GENERIC_ERROR_MESSAGE, toAppError } from "../errors";
import { isSameOriginRequest } from "../net/same-origin";
import { assertCan, type Actor, type Permission } from "./permissions";
import { getActor } from "./session";

const STATUS = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  LOCKED: 423,
} as const;

/**
 * The one wrapper for route handlers: same-origin check for anything that changes state, session,
 * permission, then the handler; errors become JSON with a status.
 */
export function withActor<C = unknown>(
  handler: (req: Request, actor: Actor, ctx: C) => Promise<Response>,
  opts: { permission: Permission },
) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      if (!isSameOriginRequest(req))
        throw new AppError("FORBIDDEN", "This request came from another site and was refused.");
      const actor = await getActor();
      assertCan(actor, opts.permission);
      return await handler(req, actor, ctx);
    } catch (err) {
      const appError = toAppError(err);
      if (appError)
        return Response.json(
          { error: appError.userMessage, ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}) },
          { status: STATUS[appError.code] },
        );
      const requestId = randomUUID();
      console.error(`[route ${requestId}]`, err);
      return Response.json({ error: `${GENERIC_ERROR_MESSAGE} (reference ${requestId.slice(0, 8)})` }, { status: 500 });
    }
  };
}
