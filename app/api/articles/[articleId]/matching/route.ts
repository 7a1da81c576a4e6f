import { withActor } from "@/lib/auth/with-actor";
import { matchingProgress } from "@/lib/db/claims/find-matches";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ articleId: string }> };

/** GET /api/articles/:id/matching: how far checking the article's claims against other articles has come. */
export const GET = withActor<Ctx>(
  async (_req, actor, { params }) => {
    const { articleId } = await params;
    return Response.json(await matchingProgress(actor, articleId), { headers: { "cache-control": "no-store" } });
  },
  { permission: "article.read" },
);
