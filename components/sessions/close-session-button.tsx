"use client";

import { useRouter } from "next/navigation";
import { FormStatus, useActionForm } from "@/components/claims/use-action-form";
import { closeSessionAction } from "@/lib/actions/sessions";

export function CloseSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const close = useActionForm(closeSessionAction, { onSuccess: () => router.push(`/sessions/${sessionId}/summary`) });
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={close.busy}
        onClick={() => close.run({ sessionId })}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        Close session
      </button>
      <FormStatus message={close.ok ? null : close.message} ok={close.ok} />
    </span>
  );
}
