"use client";

import { SegmentError } from "@/components/shell/segment-error";

// Inside the workbench's shell: the navigation stays, only the failed page is replaced.
export default function WorkbenchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError error={error} reset={reset} home={{ href: "/articles", label: "Go to Articles" }} />;
}
