const TYPE_LABEL: Record<string, string> = {
  STATISTIC: "Statistic",
  EVENT: "Event",
  QUOTE: "Quote",
  COMPARISON: "Comparison",
  PREDICTION: "Plan or prediction",
  CAUSAL: "Cause",
  OTHER: "Other",
};

/** The label a person reads for a claim type, whether it comes from the extractor or the database. */
export function claimTypeLabel(type: string): string {
  return TYPE_LABEL[type.toUpperCase()] ?? type;
}

export const QUEUE_VIEW_LABEL = {
  mine: "Assigned to me",
  unassigned: "Unassigned",
  signoff: "Waiting for my sign-off",
  all: "All claims",
} as const;

/** How a source bears on its claim, in the words used on every screen and sheet. */
export const STANCE_LABEL: Record<string, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" };

export const STATUS_LABEL = {
  UNREVIEWED: "Unreviewed",
  IN_REVIEW: "In review",
  NEEDS_SIGNOFF: "Needs sign-off",
  VERIFIED: "Verified",
  DISMISSED: "Dismissed",
} as const;
