"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus, useActionForm } from "@/components/claims/use-action-form";
import { closeSessionAction, reopenSessionAction } from "@/lib/actions/sessions";
import { plural } from "@/lib/format";

const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

/**
 * Closing asks first, saying what is still open and how long is left before the deadline; a
 * closed session can be opened again, so closing too early costs a click, not the session.
 */
export function CloseSessionButton({
  sessionId,
  open,
  deadline,
}: {
  sessionId: string;
  open: number;
  deadline: Date | null;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const close = useActionForm(closeSessionAction, { onSuccess: () => router.push(`/sessions/${sessionId}/summary`) });
  const [now] = useState(() => Date.now());
  const hoursLeft = deadline ? Math.round((deadline.getTime() - now) / 3_600_000) : null;
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} className={button}>
        Close session
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-label="Close this session?"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="text-amber-950">
        {open ? `${plural(open, "claim")} ${open === 1 ? "is" : "are"} still open.` : "Every claim is settled."}
        {hoursLeft !== null && hoursLeft > 0 ? ` The deadline is in ${plural(hoursLeft, "hour")}.` : ""} Reviewers can
        no longer work in a closed session; an editor can reopen it.
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          disabled={close.busy}
          onClick={() => close.run({ sessionId })}
          className={`${button} text-red-800`}
        >
          Close session now
        </button>
        <button type="button" onClick={() => setAsking(false)} className={button}>
          Keep it open
        </button>
      </div>
      <FormStatus message={close.ok ? null : close.message} ok={close.ok} />
    </div>
  );
}

export function ReopenSessionButton({ sessionId }: { sessionId: string }) {
  const reopen = useActionForm(reopenSessionAction, { success: "Session reopened" });
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={reopen.busy} onClick={() => reopen.run({ sessionId })} className={button}>
        Reopen session
      </button>
      <FormStatus message={reopen.message} ok={reopen.ok} />
    </span>
  );
}
