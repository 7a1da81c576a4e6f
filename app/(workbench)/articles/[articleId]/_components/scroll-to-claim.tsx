"use client";

import { useEffect } from "react";
import { comfortableScrollTop } from "@/lib/articles/comfortable-scroll";

/** Opening a claim brings its words to a comfortable place on screen, unless they already are in one. */
export function ScrollToClaim({ claimId }: { claimId: string | null }) {
  useEffect(() => {
    if (!claimId) return;
    const target = document.querySelector(`[data-claim-highlight="${CSS.escape(claimId)}"]`);
    if (!target) return;
    const top = comfortableScrollTop(target.getBoundingClientRect(), {
      height: window.innerHeight,
      scrollY: window.scrollY,
    });
    if (top === null) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    window.scrollTo({ top, behavior: still ? "auto" : "smooth" });
  }, [claimId]);
  return null;
}
