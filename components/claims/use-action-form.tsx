"use client";

import { useRouter } from "next/navigation";
import { startTransition, useState } from "react";

type Result<T> =
  { ok: true; data: T } | { ok: false; message: string; code?: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action from a form without reloading the page: the person's input stays on screen
 * when it fails, and the page data refreshes when it succeeds. When someone else saved first
 * (`conflict`), the page data refreshes too, so the form can show their version beside the person's.
 */
export function useActionForm<I, T>(
  action: (input: I) => Promise<Result<T>>,
  opts: { success?: string; onSuccess?: (data: T) => void } = {},
) {
  const router = useRouter();
  const [state, setState] = useState<{
    busy: boolean;
    message: string | null;
    ok: boolean;
    conflict: boolean;
    fieldErrors?: Record<string, string[]>;
  }>({ busy: false, message: null, ok: false, conflict: false });
  async function run(input: I): Promise<boolean> {
    setState({ busy: true, message: null, ok: false, conflict: false });
    const result = await action(input);
    if (result.ok && opts.onSuccess) {
      opts.onSuccess(result.data);
      return true;
    }
    if (result.ok) {
      // "Saved" shows together with the refreshed page (new claim version included), so the next
      // click never acts on the version from before this save.
      startTransition(() => {
        router.refresh();
        setState({ busy: false, message: opts.success ?? "Saved", ok: true, conflict: false });
      });
      return true;
    }
    const conflict = result.code === "CONFLICT";
    if (conflict) startTransition(() => router.refresh());
    setState({ busy: false, message: result.message, ok: false, conflict, fieldErrors: result.fieldErrors });
    return false;
  }
  /** The person chose between the versions: the comparison closes. */
  const settle = () => setState((s) => ({ ...s, conflict: false, message: null }));
  return { ...state, run, settle };
}

export function FormStatus({ message, ok }: { message: string | null; ok: boolean }) {
  if (!message) return null;
  return (
    <p role={ok ? "status" : "alert"} className={`text-sm ${ok ? "text-emerald-700" : "text-red-700"}`}>
      {message}
    </p>
  );
}
