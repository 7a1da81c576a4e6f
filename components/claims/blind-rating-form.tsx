"use client";

import { useState } from "react";
import { rateBlindAction } from "@/lib/actions/sessions";
import { RatingChoice, type RatingOption } from "./rating-choice";
import { FormStatus, useActionForm } from "./use-action-form";

/**
 * In a blind double review the panel asks for this reviewer's own rating instead of the shared
 * verdict, which stays hidden (on the server) until both blind ratings are in.
 */
export function BlindRatingForm({
  sessionId,
  claimId,
  ratings,
  mine,
}: {
  sessionId: string;
  claimId: string;
  ratings: RatingOption[];
  mine: string | null;
}) {
  const [ratingId, setRatingId] = useState(mine ?? "");
  const form = useActionForm(rateBlindAction, { success: "Blind rating saved" });
  return (
    <form
      aria-label="Blind rating"
      data-testid="blind-rating"
      onSubmit={(e) => {
        e.preventDefault();
        if (ratingId) form.run({ sessionId, claimId, ratingId });
      }}
      className="space-y-3"
    >
      <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
        Blind double review: rate this claim on your own. You will not see the other reviewer&apos;s rating or the
        shared verdict until both ratings are in.
      </p>
      <RatingChoice ratings={ratings} value={ratingId} onChange={setRatingId} label="Your blind rating" />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={form.busy || !ratingId}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {mine ? "Change my rating" : "Save my rating"}
        </button>
        <FormStatus message={form.message} ok={form.ok} />
      </div>
    </form>
  );
}
