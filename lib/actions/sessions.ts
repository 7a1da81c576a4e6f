"use server";
import { assignClaims, autoAssign, closeSession, createSession, rateBlind, reopenSession } from "../db/sessions";
import {
  assignSchema,
  autoAssignSchema,
  blindRatingSchema,
  closeSessionSchema,
  createSessionSchema,
} from "../validation/sessions";
import { authedAction } from "./authed-action";

export const createSessionAction = authedAction(
  { schema: createSessionSchema, permission: "session.manage", revalidate: () => ["/sessions"] },
  createSession,
);
export const assignClaimsAction = authedAction({ schema: assignSchema, permission: "claim.assign" }, assignClaims);
export const autoAssignAction = authedAction({ schema: autoAssignSchema, permission: "claim.assign" }, autoAssign);
export const rateBlindAction = authedAction({ schema: blindRatingSchema, permission: "verdict.draft" }, rateBlind);
export const closeSessionAction = authedAction(
  { schema: closeSessionSchema, permission: "session.manage" },
  closeSession,
);
export const reopenSessionAction = authedAction(
  { schema: closeSessionSchema, permission: "session.manage" },
  reopenSession,
);
