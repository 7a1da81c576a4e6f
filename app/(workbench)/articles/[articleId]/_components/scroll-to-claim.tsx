"use client";

import { useEffect } from "react";

/** Opening a claim brings its words into view, unless they already are. */
export function ScrollToClaim({ claimId }: { claimId: string | null }) {
  useEffect(() => {
    if (!claimId) return;
    document
      .querySelector(`[data-claim-highlight="${CSS.escape(claimId)}"]`)
      ?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [claimId]);
  return null;
}
