import { z } from "zod";
import { blankToUndefined, optionalDate, optionalText } from "./fields";

const id = z.string().min(1, "Choose a claim.");
const version = z.coerce.number({ error: "The page is out of date; reload it." }).int().min(1);
const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `That ${label} is too long.`)
    .pipe(
      z.url({ protocol: /^https?$/, error: `Enter the ${label} as a web address starting with http:// or https://.` }),
    );
const optionalDay = optionalDate("Enter a date.");

export const editClaimSchema = z.object({
  claimId: id,
  version,
  text: z.string().trim().min(1, "Write the claim.").max(1000, "Use at most 1,000 characters for the claim."),
  // Who made the claim, as the desk records it (empty clears it). Left out, the claimant is unchanged.
  claimant: z.string().trim().max(200, "Use at most 200 characters for the claimant.").optional(),
});

export const addClaimSchema = z
  .object({
    articleId: z.string().min(1),
    start: z.coerce.number().int().min(0, "The selection starts outside the article."),
    end: z.coerce.number().int().min(1, "The selection is empty."),
    quote: z.string().min(1, "Select the words the claim comes from."),
    text: optionalText(1000, "claim"),
  })
  .refine((v) => v.end > v.start, { message: "The selection is empty.", path: ["end"] });

export const dismissClaimSchema = z.object({
  claimId: id,
  version,
  reason: z.string().trim().min(3, "Say why this is not check-worthy.").max(500),
});
export const restoreClaimSchema = z.object({ claimId: id, version });

export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const sourceSchema = z.object({
  claimId: id,
  url: httpUrl("source address"),
  title: optionalText(500, "title"),
  publisher: optionalText(200, "publisher"),
  publishedAt: optionalDay,
  accessedAt: optionalDay,
  excerpt: optionalText(5000, "quoted excerpt"),
  archiveUrl: z.preprocess(blankToUndefined, httpUrl("archive address").optional()),
  stance: z.enum(STANCES, { error: "Say whether the source supports, refutes or gives context." }),
  primary: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type SourceInput = z.input<typeof sourceSchema>;
export const removeSourceSchema = z.object({ sourceId: z.string().min(1) });

export const verdictSchema = z.object({
  claimId: id,
  version,
  ratingId: z.string().min(1, "Choose a rating."),
  summary: z
    .string()
    .trim()
    .min(1, "Write a one-line summary.")
    .max(280, "Keep the summary to 280 characters; it goes into exported sheets."),
  rationale: z.string().max(20_000, "Use at most 20,000 characters for the rationale.").default(""),
  sourceIds: z.array(z.string()).default([]),
});
export type VerdictInput = z.input<typeof verdictSchema>;

export const TRANSITIONS = ["START_REVIEW", "REQUEST_SIGNOFF", "SIGN_OFF", "SEND_BACK", "REOPEN"] as const;
export const transitionSchema = z.object({
  claimId: id,
  version,
  to: z.enum(TRANSITIONS),
  comment: optionalText(2000, "comment"),
  overrideReason: optionalText(1000, "override reason"),
});
export type TransitionInput = z.input<typeof transitionSchema>;

export const splitClaimSchema = z.object({
  claimId: id,
  version,
  firstWords: z.string().min(1, "Give the words that end the first claim."),
});

export const mergeClaimsSchema = z.object({ claimId: id, version, nextClaimId: id, nextVersion: version });

export const updateSourceSchema = sourceSchema.omit({ claimId: true }).extend({ sourceId: z.string().min(1), version });
export type UpdateSourceInput = z.input<typeof updateSourceSchema>;
