import type { SessionNotice } from "./session-listener";

/**
 * Server-Sent Events framing for a session's stream: changes carry their event id (a reconnecting
 * browser sends it back as Last-Event-ID); presence has none, being a snapshot.
 */
export function sseFrame(notice: SessionNotice): string {
  const data = JSON.stringify({ kind: notice.kind, claimId: notice.claimId });
  return notice.id ? `id: ${notice.id}\nevent: change\ndata: ${data}\n\n` : `event: presence\ndata: ${data}\n\n`;
}

/** How long a browser waits before reconnecting a dropped stream, as the first frame says. */
export const SSE_RETRY_FRAME = "retry: 1000\n\n";
