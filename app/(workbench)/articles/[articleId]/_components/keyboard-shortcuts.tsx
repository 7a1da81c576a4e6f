"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const SHORTCUTS = [
  ["j", "Next claim"],
  ["k", "Previous claim"],
  ["s", "Add a source to the open claim"],
  ["v", "Set the verdict of the open claim"],
  ["Enter", "Save the field you are in (Ctrl+Enter in a text box)"],
  ["Esc", "Back to the claim list"],
  ["?", "Show these shortcuts"],
] as const;

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Keyboard-first review: j/k through the claims in reading order, s and v to jump into the panel. */
export function KeyboardShortcuts({
  articleId,
  claimIds,
  selectedId,
}: {
  articleId: string;
  claimIds: string[];
  selectedId: string | null;
}) {
  const router = useRouter();
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const open = (id: string) => router.push(`/articles/${articleId}?claim=${id}`, { scroll: false });
    // Into a field of the panel, or say why there is none (no claim open, or the claim is locked).
    const jump = (field: HTMLElement | null, what: string) => {
      // A locked claim shows its verdict with the choices disabled: as good as no field.
      if (field && !field.matches(":disabled")) return field.focus();
      setNotice(
        selectedId
          ? `This claim's ${what} cannot be changed now: it is verified or published. Reopen it for a correction first.`
          : "Open a claim first (j and k move through them).",
      );
    };
    const backToList = () => {
      // The open claim in the list, else its words in the article (the panel takes the list's place).
      const link =
        document.querySelector<HTMLElement>(`[data-claim-link="${selectedId}"]`) ??
        document.querySelector<HTMLElement>(`[data-claim-highlight="${selectedId}"]`) ??
        document.querySelector<HTMLElement>("[data-claim-link]");
      link?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
        e.target.form?.requestSubmit();
        return;
      }
      // Esc always leaves a field and returns to the claim list.
      if (e.key === "Escape" && typing(e.target)) {
        (e.target as HTMLElement).blur();
        backToList();
        e.preventDefault();
        return;
      }
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      setNotice(null);
      const index = selectedId ? claimIds.indexOf(selectedId) : -1;
      if (e.key === "j" && claimIds.length) open(claimIds[Math.min(claimIds.length - 1, index + 1)]);
      else if (e.key === "k" && claimIds.length) open(claimIds[Math.max(0, index - 1)]);
      else if (e.key === "s") jump(document.getElementById("source-url"), "sources");
      else if (e.key === "v") jump(document.querySelector<HTMLElement>('[aria-label="Rating"] input'), "verdict");
      else if (e.key === "Escape") {
        if (help) setHelp(false);
        else router.push(`/articles/${articleId}`, { scroll: false });
      } else if (e.key === "?") setHelp((h) => !h);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, articleId, claimIds, selectedId, help]);

  if (!help) {
    return notice ? (
      <p
        role="status"
        className="fixed bottom-4 left-1/2 z-30 -translate-x-1/2 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg"
      >
        {notice}
      </p>
    ) : null;
  }
  return (
    <div
      role="dialog"
      aria-label="Keyboard shortcuts"
      className="fixed inset-0 z-30 flex items-center justify-center bg-slate-900/30"
      onClick={() => setHelp(false)}
    >
      <div className="w-80 rounded-xl bg-white p-5 shadow-xl" onClick={(e) => e.stopPropagation()}>
        <h2 className="mb-3 font-semibold">Keyboard shortcuts</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
              </dt>
              <dd className="text-slate-700">{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
