import { PassThrough, Readable } from "node:stream";
import { z } from "zod";
import { withActor } from "@/lib/auth/with-actor";
import { prepareExport, CONTENT_TYPES, formatSchema } from "@/lib/db/export-job";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  articleId: z.string().min(1).optional(),
  sessionId: z.string().min(1).optional(),
  format: formatSchema,
  includeAll: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  bom: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
});

/** GET /api/exports?articleId=…&format=csv|xlsx|json|claimreview[&includeAll=true]: a streamed claim sheet. */
export const GET = withActor(
  async (req, actor) => {
    const query = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const { name: organisation, url: publicBase } = site();
    const job = await prepareExport({ actor, publicBase, organisation: { name: organisation, url: publicBase } }, query);
    const body = new PassThrough();
    job.run(body).catch((err: unknown) => body.destroy(err instanceof Error ? err : new Error(String(err))));
    const ext = query.format === "claimreview" ? "claimreview.jsonld" : query.format;
    const name = `claimdesk-${new Date().toISOString().slice(0, 10)}.${ext}`;
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: { "content-type": CONTENT_TYPES[query.format], "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
    });
  },
  { permission: "export.run" },
);
