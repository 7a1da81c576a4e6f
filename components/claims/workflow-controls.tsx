"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { transitionClaimAction } from "@/lib/actions/claims";
import type { StatusKey } from "./status";
import { FormStatus, useActionForm } from "./use-action-form";

/** The next steps this person may take; the server checks them again. */
export function WorkflowControls({
  claimId,
  version,
  status,
  canSignOff,
  signOffRefusal,
}: {
  claimId: string;
  version: number;
  status: StatusKey;
  canSignOff: boolean;
  /** Why this person may not sign this verdict off (they wrote it), shown beside a disabled button. */
  signOffRefusal: string | null;
}) {
  const form = useActionForm(transitionClaimAction, { success: "Status updated" });
  const [comment, setComment] = useState("");
  const [override, setOverride] = useState("");
  const go = (to: "START_REVIEW" | "REQUEST_SIGNOFF" | "SIGN_OFF" | "SEND_BACK") =>
    form.run({ claimId, version, to, comment, overrideReason: override });
  const button =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === "UNREVIEWED" && (
          <button type="button" className={button} disabled={form.busy} onClick={() => go("START_REVIEW")}>
            Start review
          </button>
        )}
        {status === "IN_REVIEW" && (
          <button type="button" className={button} disabled={form.busy} onClick={() => go("REQUEST_SIGNOFF")}>
            Send for sign-off
          </button>
        )}
        {status === "NEEDS_SIGNOFF" && canSignOff && (
          <>
            <button
              type="button"
              className={`${button} border-emerald-600 text-emerald-800 disabled:cursor-not-allowed`}
              disabled={form.busy || signOffRefusal !== null}
              aria-describedby={signOffRefusal ? "sign-off-refusal" : undefined}
              onClick={() => go("SIGN_OFF")}
            >
              Sign off
            </button>
            <button type="button" className={button} disabled={form.busy} onClick={() => go("SEND_BACK")}>
              Send back
            </button>
          </>
        )}
      </div>
      {status === "NEEDS_SIGNOFF" && canSignOff && signOffRefusal && (
        <p id="sign-off-refusal" className="text-sm text-slate-600">
          {signOffRefusal}
        </p>
      )}
      {status === "NEEDS_SIGNOFF" && canSignOff && (
        <div className="grid gap-2">
          <label className="text-xs text-slate-600" htmlFor="send-back-comment">
            Comment when sending back
          </label>
          <input
            id="send-back-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className={inputClass}
          />
          <label className="text-xs text-slate-600" htmlFor="override-reason">
            Override reason (True/False on fewer than two publishers)
          </label>
          <input
            id="override-reason"
            value={override}
            onChange={(e) => setOverride(e.target.value)}
            className={inputClass}
          />
        </div>
      )}
      <FormStatus message={form.message} ok={form.ok} />
    </div>
  );
}
