import { z } from "zod";
import { blankToUndefined, optionalDate } from "./fields";
import { ClaimType } from "../db/enums";

const ids = (message: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1)).min(1, message));
const sessionId = z.string().min(1, "Choose a session.");

export const createSessionSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Give the session a name of at least 3 characters.")
    .max(200, "Use at most 200 characters for the name."),
  deadline: optionalDate("Enter the deadline as a date and time."),
  articleIds: ids("Choose at least one article."),
  reviewerIds: ids("Choose at least one reviewer."),
  blindDoubleReview: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  // An optional claim filter: only this type, only at least this check-worthy.
  claimType: z.preprocess(
    blankToUndefined,
    z.enum(ClaimType, { error: "Choose a claim type from the list." }).optional(),
  ),
  minScore: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "Give the check-worthiness as a number from 0 to 1." }).min(0).max(1).optional(),
  ),
});
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const assignSchema = z.object({
  sessionId,
  claimIds: ids("Select at least one claim."),
  userId: z.preprocess(blankToUndefined, z.string().min(1).nullable().default(null)),
});
export type AssignInput = z.input<typeof assignSchema>;

export const STRATEGIES = ["round-robin", "by-load"] as const;
export const autoAssignSchema = z.object({
  sessionId,
  strategy: z.enum(STRATEGIES, { error: "Choose round-robin or by current load." }),
});
export type AutoAssignInput = z.input<typeof autoAssignSchema>;

export const blindRatingSchema = z.object({
  sessionId,
  claimId: z.string().min(1),
  ratingId: z.string().min(1, "Choose a rating."),
});
export type BlindRatingInput = z.input<typeof blindRatingSchema>;

export const closeSessionSchema = z.object({ sessionId });
export const presenceSchema = z.object({
  claimId: z.preprocess(blankToUndefined, z.string().min(1).max(100).nullable().default(null)),
  leaving: z.boolean().default(false),
});

export const sessionBoardQuerySchema = z.object({
  status: z.preprocess(
    blankToUndefined,
    z.enum(["UNREVIEWED", "IN_REVIEW", "NEEDS_SIGNOFF", "VERIFIED", "DISMISSED"]).optional(),
  ),
  assignee: z.preprocess(blankToUndefined, z.string().max(100).optional()),
});
export type SessionBoardQuery = z.infer<typeof sessionBoardQuerySchema>;
