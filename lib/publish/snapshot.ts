import { z } from "zod";

const nullableDate = z.coerce.date().nullable();

/** The parts of a verdict page that live outside the (already frozen) verdict version, as published. */
export const publishedSnapshotSchema = z.object({
  article: z.object({
    title: z.string(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: nullableDate,
    byline: z.string().nullable(),
  }),
  sources: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string().nullable(),
      publisher: z.string().nullable(),
      publishedAt: nullableDate,
      archiveUrl: z.string().nullable(),
      excerpt: z.string().nullable(),
      stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]),
      primary: z.boolean(),
    }),
  ),
});
export type PublishedSnapshot = z.infer<typeof publishedSnapshotSchema>;

/** Reads a stored snapshot back with its dates as dates. */
export function readSnapshot(value: unknown): PublishedSnapshot {
  return publishedSnapshotSchema.parse(value);
}
