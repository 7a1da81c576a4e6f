"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { addClaimAction } from "@/lib/actions/claims";

type Picked = { start: number; end: number; quote: string; top: number; left: number };

/** Offset in the article body of a point in the rendered text (every text piece carries its start). */
function bodyOffset(node: Node, offset: number): { at: number; paragraph: Element | null } | null {
  const host = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest("[data-offset]");
  if (!host) return null;
  return { at: Number(host.getAttribute("data-offset")) + offset, paragraph: host.closest("[data-paragraph]") };
}

function pick(): Picked | { error: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (
    !range.commonAncestorContainer.parentElement?.closest("[data-article-text]") &&
    !(range.commonAncestorContainer as Element).closest?.("[data-article-text]")
  )
    return null;
  const a = bodyOffset(range.startContainer, range.startOffset);
  const b = bodyOffset(range.endContainer, range.endOffset);
  if (!a || !b) return null;
  if (a.paragraph !== b.paragraph) return { error: "Select words within one paragraph." };
  const quote = selection.toString();
  if (!quote.trim()) return null;
  const rect = range.getBoundingClientRect();
  return { start: a.at, end: b.at, quote, top: rect.top + window.scrollY - 40, left: rect.left + window.scrollX };
}

/** Select words in the article to add them as a claim; the offsets are checked against the article on the server. */
export function SelectionToClaim({ articleId, enabled }: { articleId: string; enabled: boolean }) {
  const router = useRouter();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const onUp = () => {
      const result = pick();
      if (result && "error" in result) {
        setPicked(null);
        setMessage(result.error);
      } else {
        setPicked(result);
        setMessage(null);
      }
    };
    document.addEventListener("mouseup", onUp);
    document.addEventListener("keyup", onUp);
    return () => {
      document.removeEventListener("mouseup", onUp);
      document.removeEventListener("keyup", onUp);
    };
  }, [enabled]);

  async function add() {
    if (!picked) return;
    const result = await addClaimAction({ articleId, start: picked.start, end: picked.end, quote: picked.quote });
    if (!result.ok) return setMessage(result.message);
    setPicked(null);
    window.getSelection()?.removeAllRanges();
    router.push(`/articles/${articleId}?claim=${result.data.id}`, { scroll: false });
  }

  return (
    <>
      {picked && (
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={add}
          style={{ top: picked.top, left: picked.left }}
          className="absolute z-20 rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white shadow-lg"
        >
          Add claim from selection
        </button>
      )}
      {message && (
        <p
          role="status"
          className="fixed bottom-4 left-1/2 z-20 -translate-x-1/2 rounded-md bg-slate-900 px-3 py-2 text-sm text-white"
        >
          {message}
        </p>
      )}
    </>
  );
}
