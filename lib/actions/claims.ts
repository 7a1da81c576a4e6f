"use server";
import { addClaim, dismissClaim, editClaim, restoreClaim } from "../db/claims/edit-claims";
import { addSource, removeSource, updateSource } from "../db/claims/sources";
import { mergeClaims, splitClaim } from "../db/claims/split-merge";
import { saveVerdict } from "../db/claims/verdicts";
import { transitionClaim } from "../db/claims/workflow";
import {
  addClaimSchema,
  dismissClaimSchema,
  editClaimSchema,
  mergeClaimsSchema,
  removeSourceSchema,
  restoreClaimSchema,
  sourceSchema,
  splitClaimSchema,
  transitionSchema,
  updateSourceSchema,
  verdictSchema,
} from "../validation/claims";
import { authedAction } from "./authed-action";

export const editClaimAction = authedAction({ schema: editClaimSchema, permission: "claim.edit" }, editClaim);
export const addClaimAction = authedAction({ schema: addClaimSchema, permission: "claim.edit" }, addClaim);
export const dismissClaimAction = authedAction({ schema: dismissClaimSchema, permission: "claim.edit" }, dismissClaim);
export const restoreClaimAction = authedAction({ schema: restoreClaimSchema, permission: "claim.edit" }, restoreClaim);
export const addSourceAction = authedAction({ schema: sourceSchema, permission: "source.edit" }, addSource);
export const removeSourceAction = authedAction({ schema: removeSourceSchema, permission: "source.edit" }, removeSource);
export const saveVerdictAction = authedAction({ schema: verdictSchema, permission: "verdict.draft" }, saveVerdict);
// Each transition checks its own permission in the DAL (sign-off needs an editor); drafting is the floor.
export const transitionClaimAction = authedAction(
  { schema: transitionSchema, permission: "claim.edit" },
  transitionClaim,
);
export const splitClaimAction = authedAction({ schema: splitClaimSchema, permission: "claim.edit" }, splitClaim);
export const mergeClaimsAction = authedAction({ schema: mergeClaimsSchema, permission: "claim.edit" }, mergeClaims);
export const updateSourceAction = authedAction({ schema: updateSourceSchema, permission: "source.edit" }, updateSource);
