import { withActor } from "@/lib/auth/with-actor";
import type { SaveEvent } from "@/lib/articles/save-steps";
import { createArticle } from "@/lib/db/articles";
import { GENERIC_ERROR_MESSAGE, toAppError } from "@/lib/errors";
import { createArticleSchema } from "@/lib/validation/articles";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

/**
 * POST /api/articles: saves a pasted, uploaded or fetched article. Invalid input is a 400 with the
 * fields to fix; otherwise the answer streams one JSON line per step (claims found, stored, matching)
 * so the form can show how far a long save has come.
 */
export const POST = withActor(
  async (req, actor) => {
    const input = parseInput(createArticleSchema, await req.json().catch(() => ({})));
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: SaveEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        try {
          const saved = await createArticle(actor, input, send);
          send({ step: "saved", ...saved });
        } catch (err) {
          const appError = toAppError(err);
          if (!appError) console.error("[route /api/articles]", err);
          send({
            step: "failed",
            error: appError?.userMessage ?? GENERIC_ERROR_MESSAGE,
            ...(appError?.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}),
          });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
    });
  },
  { permission: "article.create" },
);
