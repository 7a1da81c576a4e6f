"use client";

import { useEffect } from "react";

const HEARTBEAT_MS = 20_000;

/** Tells the session which claim this person has open, while the article is open from a session. */
export function PresenceBeacon({ sessionId, claimId }: { sessionId: string; claimId: string | null }) {
  useEffect(() => {
    const say = (claim: string | null, leaving = false) =>
      fetch(`/api/sessions/${sessionId}/presence`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ claimId: claim, leaving }),
        keepalive: true,
      }).catch(() => undefined);
    say(claimId);
    const beat = setInterval(() => say(claimId), HEARTBEAT_MS);
    return () => {
      clearInterval(beat);
      say(null, true);
    };
  }, [sessionId, claimId]);
  return null;
}
