import { withActor } from "@/lib/auth/with-actor";
import { touchPresence } from "@/lib/db/sessions";
import { presenceSchema } from "@/lib/validation/sessions";

type Ctx = { params: Promise<{ sessionId: string }> };

/** POST /api/sessions/:id/presence {claimId}: says which claim this person has open in the session. */
export const POST = withActor<Ctx>(
  async (req, actor, { params }) => {
    const { sessionId } = await params;
    const { claimId } = presenceSchema.parse(await req.json().catch(() => ({})));
    await touchPresence(actor, sessionId, claimId);
    return new Response(null, { status: 204 });
  },
  { permission: "article.read" },
);
