import type { SaveProgress } from "@/lib/db/articles";
import { saveSteps } from "@/lib/articles/save-steps";

const MARK = { done: "✓", active: "…", waiting: "·" } as const;

/** What a save has done so far, as a checklist under the form's buttons. */
export function SaveSteps({ progress, saved }: { progress: SaveProgress; saved: boolean }) {
  return (
    <ol
      role="status"
      aria-label="Saving"
      data-testid="save-steps"
      className="space-y-1 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      {saveSteps(progress, saved).map((step) => (
        <li
          key={step.label}
          data-state={step.state}
          className={
            step.state === "waiting" ? "text-slate-500" : step.state === "active" ? "font-medium" : "text-slate-800"
          }
        >
          <span aria-hidden className={`mr-2 inline-block w-3 ${step.state === "done" ? "text-emerald-700" : ""}`}>
            {MARK[step.state]}
          </span>
          {step.label}
        </li>
      ))}
      {saved && <li className="font-medium">Opening the article…</li>}
    </ol>
  );
}
