import { PassThrough, Readable } from "node:stream";
import { z } from "zod";
import { withActor } from "@/lib/auth/with-actor";
import { prepareExport, CONTENT_TYPES, formatSchema } from "@/lib/db/export-file";
import { site } from "@/lib/site";
import { ClaimStatus, ClaimType } from "@/lib/db/enums";
import { QUEUE_VIEWS } from "@/lib/validation/queue";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  articleId: z.string().min(1).optional(),
  sessionId: z.string().min(1).optional(),
  // A queue view and its filters, as in the queue's own address.
  view: z.enum(QUEUE_VIEWS, { error: "Choose a queue view: mine, unassigned, signoff or all." }).optional(),
  status: z.enum(ClaimStatus).optional(),
  type: z.enum(ClaimType).optional(),
  q: z.string().max(200, "Search for at most 200 characters.").optional(),
  minScore: z.coerce.number().min(0).max(1).optional(),
  format: formatSchema,
  includeAll: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  bom: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

/** GET /api/exports?articleId=…|sessionId=…|view=…[&status&type&q]&format=csv|xlsx|json|claimreview[&includeAll=true]: a streamed claim sheet. */
export const GET = withActor(
  async (req, actor) => {
    const query = parseInput(querySchema, Object.fromEntries(new URL(req.url).searchParams));
    const { name: organisation, url: publicBase } = site();
    const { view, status, type, q, minScore, ...rest } = query;
    const scope = view ? { ...rest, queue: { view, status, type, q, minScore } } : rest;
    const job = await prepareExport(
      { actor, publicBase, organisation: { name: organisation, url: publicBase } },
      scope,
    );
    const body = new PassThrough();
    job.run(body).catch((err: unknown) => body.destroy(err instanceof Error ? err : new Error(String(err))));
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "content-type": CONTENT_TYPES[query.format],
        "content-disposition": `attachment; filename="${job.fileName}"`,
        "cache-control": "no-store",
      },
    });
  },
  { permission: "export.run" },
);
