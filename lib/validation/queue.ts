import { ClaimStatus, ClaimType } from "../db/enums";
import { z } from "zod";
import { blankToUndefined } from "./fields";

export const QUEUE_VIEWS = ["mine", "unassigned", "signoff", "all"] as const;
// In the schema's order (prisma/schema.prisma owns the lists).
export const CLAIM_STATUSES = Object.values(ClaimStatus);
export const CLAIM_TYPES = Object.values(ClaimType);
/** Claims still being worked on: not verified, not dismissed. */
export const OPEN_STATUSES = ["UNREVIEWED", "IN_REVIEW", "NEEDS_SIGNOFF"] as const;
export const isOpenStatus = (status: string): boolean => (OPEN_STATUSES as readonly string[]).includes(status);

/** The queue's filters, read from the address bar so a filtered queue can be shared as a link. */
export const queueQuerySchema = z.object({
  view: z.preprocess(blankToUndefined, z.enum(QUEUE_VIEWS).default("mine")),
  status: z.preprocess(blankToUndefined, z.enum(ClaimStatus).optional()),
  type: z.preprocess(blankToUndefined, z.enum(ClaimType).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search for at most 200 characters.").optional()),
  sort: z.preprocess(blankToUndefined, z.enum(["score", "date"]).default("score")),
  minScore: z.preprocess(blankToUndefined, z.coerce.number().min(0).max(1).optional()),
  cursor: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  // The cursors of the pages before this one, oldest first ("-" for the first page), for Previous.
  trail: z.preprocess(blankToUndefined, z.string().max(8000).optional()),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type QueueQuery = z.input<typeof queueQuerySchema>;
