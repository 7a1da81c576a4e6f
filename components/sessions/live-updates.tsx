"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * Follows the session's event stream and refreshes the page's data when anything changes. The
 * browser's EventSource reconnects by itself and sends the last event id it saw, so the server
 * replays what was missed while offline.
 */
export function LiveUpdates({ sessionId, after }: { sessionId: string; after: string }) {
  const router = useRouter();
  const [online, setOnline] = useState<boolean | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const source = new EventSource(`/api/sessions/${sessionId}/events?after=${after}`);
    // Several changes in a burst (an auto-assign touches many claims) refresh the page once.
    const refresh = () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        router.refresh();
      }, 100);
    };
    source.onopen = () => setOnline(true);
    source.onerror = () => setOnline(false);
    source.addEventListener("change", refresh);
    source.addEventListener("presence", refresh);
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
    // `after` only seeds the first connection; later reconnects carry Last-Event-ID.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, router]);

  if (online === false) {
    return (
      <span role="status" className="rounded-full bg-amber-100 px-2.5 py-1 text-xs font-medium text-amber-900">
        Offline — reconnecting…
      </span>
    );
  }
  return (
    <span
      role="status"
      className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-medium text-emerald-800"
    >
      <span aria-hidden className={`h-2 w-2 rounded-full ${online ? "bg-emerald-500" : "bg-slate-300"}`} />
      {online ? "Live" : "Connecting…"}
    </span>
  );
}
