import { withActor } from "@/lib/auth/with-actor";
import { hasOpenStream } from "@/lib/db/sessions/streams";
import { leavePresence, touchPresence } from "@/lib/db/sessions";
import { presenceSchema } from "@/lib/validation/sessions";
import { parseInput } from "@/lib/validation/parse-input";

type Ctx = { params: Promise<{ sessionId: string }> };

/** POST /api/sessions/:id/presence {claimId, leaving?}: which claim this person has open in the session, or that they closed it. */
export const POST = withActor<Ctx>(
  async (req, actor, { params }) => {
    const { sessionId } = await params;
    const { claimId, leaving } = parseInput(presenceSchema, await req.json().catch(() => ({})));
    await touchPresence(actor, sessionId, claimId);
    if (leaving && !(await hasOpenStream(sessionId, actor.id))) await leavePresence(actor, sessionId);
    return new Response(null, { status: 204 });
  },
  { permission: "article.read" },
);
