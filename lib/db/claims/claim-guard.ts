import "server-only";
import { AppError } from "../../errors";
import type { Tx } from "../client";
import { getClaimOrThrow } from "./claim-lock";

/** What a mutation changes about a claim. */
export type ClaimChange = "wording" | "sources" | "verdict" | "span" | "dismiss";

const FROZEN: Record<ClaimChange, string> = {
  wording: "its wording is frozen",
  sources: "its sources are frozen",
  verdict: "its verdict is frozen",
  span: "its words in the article are fixed",
  dismiss: "it cannot be dismissed",
};

/**
 * The one rule for whether a claim may change, called by every claim mutation.
 * - A verified claim is frozen until an editor reopens it for a correction.
 * - A published claim keeps its words in the article for good (no split, merge or dismissal: readers
 *   were shown that quote). Its wording, sources and verdict may change while it is reopened for a
 *   correction; readers keep the published snapshot until the correction is published.
 */
export async function assertClaimMutable(tx: Tx, claimId: string, change: ClaimChange) {
  const claim = await getClaimOrThrow(tx, claimId);
  if (claim.status === "VERIFIED") {
    throw new AppError(
      "LOCKED",
      `This claim is verified; ${FROZEN[change]}. An editor can reopen it for a correction.`,
    );
  }
  if (change === "span" || change === "dismiss") {
    const published = await tx.publication.findUnique({ where: { claimId }, select: { id: true } });
    if (published)
      throw new AppError(
        "LOCKED",
        `This claim is published; ${FROZEN[change]}. Publish a correction, or withdraw it, instead.`,
      );
  }
  return claim;
}
