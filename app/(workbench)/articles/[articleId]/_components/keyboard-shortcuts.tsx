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

  useEffect(() => {
    const open = (id: string) => router.push(`/articles/${articleId}?claim=${id}`, { scroll: false });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target instanceof HTMLTextAreaElement) {
        e.target.form?.requestSubmit();
        return;
      }
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const index = selectedId ? claimIds.indexOf(selectedId) : -1;
      if (e.key === "j" && claimIds.length) open(claimIds[Math.min(claimIds.length - 1, index + 1)]);
      else if (e.key === "k" && claimIds.length) open(claimIds[Math.max(0, index - 1)]);
      else if (e.key === "s") document.getElementById("source-url")?.focus();
      else if (e.key === "v")
        (document.querySelector('[aria-label="Rating"] input') as HTMLInputElement | null)?.focus();
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

  if (!help) return null;
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
