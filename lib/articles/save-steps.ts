import type { SaveProgress } from "../db/articles";
import { plural } from "../format";

/** One line of POST /api/articles' answer: a step of the save, then the saved article or what stopped it. */
export type SaveEvent =
  | SaveProgress
  | { step: "saved"; id: string; duplicate: boolean; claims: number }
  | { step: "failed"; error: string; fieldErrors?: Record<string, string[]> };

export type SaveStep = { label: string; state: "done" | "active" | "waiting" };

const ORDER = ["extracting", "storing", "matching"] as const;

/** The save's steps as a checklist, from the last step the server reported: done (with counts), running, next. */
export function saveSteps(progress: SaveProgress, saved = false): SaveStep[] {
  const at = saved ? ORDER.length : ORDER.indexOf(progress.step);
  const state = (i: number): SaveStep["state"] => (at > i ? "done" : at === i ? "active" : "waiting");
  const claims = "claims" in progress ? progress.claims : null;
  const count = (n: number) => plural(n, "claim");
  const background = progress.step === "matching" && progress.background;
  return [
    { label: claims === null ? "Finding claims" : `Found ${count(claims)}`, state: state(0) },
    { label: at > 1 && claims !== null ? `Stored ${count(claims)}` : "Storing claims", state: state(1) },
    background
      ? { label: "Matches with other articles: checked on the article's page", state: "done" }
      : { label: "Checking for matches in other articles", state: state(2) },
  ];
}
