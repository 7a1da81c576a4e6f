"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { reextractArticleAction } from "@/lib/actions/articles";

/** Runs extraction again; reviewed claims are kept, so nobody's work is lost. */
export function ReextractButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });

  async function run() {
    setState({ busy: true, message: null });
    const result = await reextractArticleAction({ articleId });
    setState({
      busy: false,
      message: result.ok
        ? `Kept ${result.data.kept} reviewed claims, replaced ${result.data.replaced}, found ${result.data.added}.`
        : result.message,
    });
    if (result.ok) router.refresh();
  }

  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={run}
        disabled={state.busy}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {state.busy ? "Extracting…" : "Run extraction again"}
      </button>
      {state.message && (
        <span role="status" className="text-xs text-slate-600">
          {state.message}
        </span>
      )}
    </div>
  );
}
