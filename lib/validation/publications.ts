import { z } from "zod";
import { blankToUndefined, optionalDate, optionalText } from "./fields";

const claimRef = {
  claimId: z.string().min(1, "Choose a claim."),
  version: z.coerce.number({ error: "The page is out of date; reload it." }).int().min(1),
};

/** A later publication must say what changed; the first one needs no note. */
export const CHANGE_KINDS = ["CORRECTION", "UPDATE"] as const;
export const publishSchema = z.object({
  ...claimRef,
  kind: z.preprocess(
    blankToUndefined,
    z.enum(CHANGE_KINDS, { error: "Say whether this is a correction or an update." }).optional(),
  ),
  note: optionalText(1000, "note"),
});
export type PublishInput = z.input<typeof publishSchema>;

export const unpublishSchema = z.object({
  ...claimRef,
  reason: z
    .string()
    .trim()
    .min(10, "Say in a sentence why the fact check is withdrawn; readers will see it.")
    .max(1000, "Use at most 1,000 characters for the reason."),
});
export type UnpublishInput = z.input<typeof unpublishSchema>;

/** The public index's filters, from the address bar. */
export const publicIndexSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search for at most 200 characters.").optional()),
  rating: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  outlet: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  from: optionalDate("Enter the start date as YYYY-MM-DD."),
  to: optionalDate("Enter the end date as YYYY-MM-DD."),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type PublicIndexQuery = z.infer<typeof publicIndexSchema>;
