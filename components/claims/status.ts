import { STATUS_LABEL } from "@/lib/claim-labels";

/** One status vocabulary for every screen: a label (always printed) and a soft tint. */
export const STATUS = {
  UNREVIEWED: { label: STATUS_LABEL.UNREVIEWED, tint: "bg-amber-100", badge: "bg-amber-100 text-amber-900" },
  IN_REVIEW: { label: STATUS_LABEL.IN_REVIEW, tint: "bg-sky-100", badge: "bg-sky-100 text-sky-900" },
  NEEDS_SIGNOFF: { label: STATUS_LABEL.NEEDS_SIGNOFF, tint: "bg-violet-100", badge: "bg-violet-100 text-violet-900" },
  VERIFIED: { label: STATUS_LABEL.VERIFIED, tint: "bg-emerald-100", badge: "bg-emerald-100 text-emerald-900" },
  DISMISSED: {
    label: STATUS_LABEL.DISMISSED,
    tint: "bg-slate-100 text-slate-500",
    badge: "bg-slate-200 text-slate-700",
  },
} as const;

export type StatusKey = keyof typeof STATUS;
