import { z } from "zod";
import { withActor } from "@/lib/auth/with-actor";
import { openSessionStream } from "@/lib/db/session-stream";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ sessionId: string }> };
const afterSchema = z
  .string()
  .regex(/^\d{1,19}$/, "The last event id must be a number.")
  .default("0");

/** GET /api/sessions/:id/events: the session's changes as Server-Sent Events (members, editors and admins only). */
export const GET = withActor<Ctx>(
  async (req, actor, { params }) => {
    const { sessionId } = await params;
    const after = parseInput(
      afterSchema,
      req.headers.get("last-event-id") || new URL(req.url).searchParams.get("after") || undefined,
    );
    const stream = await openSessionStream(actor, sessionId, after, req.signal);
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  },
  { permission: "article.read" },
);
