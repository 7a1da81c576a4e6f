"use client";

import { SegmentError } from "@/components/shell/segment-error";

// Inside the public site's header and footer: readers can still reach every other fact check.
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError error={error} reset={reset} home={{ href: "/verdicts", label: "All fact checks" }} />;
}
