import "server-only";
import type { Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { ACCOUNT_DISABLED, subscribe, type SessionNotice } from "../infra/session-listener";
import { SSE_RETRY_FRAME, sseFrame } from "../infra/sse";
import { eventsAfter, leavePresence, markPresent, requireSessionAccess } from "./sessions";

const HEARTBEAT_MS = 15_000;
/** A person with more session pages open than this is refused another (each stream holds memory). */
export const MAX_STREAMS_PER_USER = 12;

// Open streams per person and session in this process: someone with two tabs open is still here
// when one of them closes.
const globalStreams = globalThis as unknown as { claimdeskOpenStreams?: Map<string, number> };
const openStreams = (globalStreams.claimdeskOpenStreams ??= new Map());
const streamKey = (sessionId: string, userId: string) => `${sessionId}:${userId}`;

export function hasOpenStream(sessionId: string, userId: string): boolean {
  return (openStreams.get(streamKey(sessionId, userId)) ?? 0) > 0;
}

function streamsOf(userId: string): number {
  let n = 0;
  for (const [key, count] of openStreams) if (key.endsWith(`:${userId}`)) n += count;
  return n;
}

/**
 * A session's changes as Server-Sent Events. Subscribes first and replays what was missed after
 * `afterId` second, holding live notices meanwhile, so nothing falls between the two and nothing
 * is sent twice. A heartbeat keeps the person listed as present while the page is open.
 */
export async function openSessionStream(
  actor: Actor,
  sessionId: string,
  afterId: string,
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  await requireSessionAccess(actor, sessionId);
  if (streamsOf(actor.id) >= MAX_STREAMS_PER_USER) {
    throw new AppError(
      "LOCKED",
      `You have ${MAX_STREAMS_PER_USER} live session pages open already; close some of them and reload this one.`,
    );
  }
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let last = BigInt(afterId);
  let replaying = true;
  let closed = false;
  const held: SessionNotice[] = [];

  const send = (notice: SessionNotice) => {
    if (closed) return;
    if (notice.id) {
      if (BigInt(notice.id) <= last) return;
      last = BigInt(notice.id);
    }
    controller.enqueue(encoder.encode(sseFrame(notice)));
  };
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => close(),
  });
  // Disabling an account is announced to every stream (on every server); the person's streams end at once.
  const onNotice = (n: SessionNotice) => {
    if (n.kind === ACCOUNT_DISABLED) return void (n.userId === actor.id && close());
    if (replaying) held.push(n);
    else send(n);
  };
  const unsubscribe = await subscribe(sessionId, onNotice, () => close());
  const heartbeat = setInterval(() => {
    if (closed) return;
    controller.enqueue(encoder.encode(": heartbeat\n\n"));
    markPresent(actor, sessionId).catch(() => undefined);
  }, HEARTBEAT_MS);

  const key = streamKey(sessionId, actor.id);
  openStreams.set(key, (openStreams.get(key) ?? 0) + 1);

  async function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    try {
      controller.close();
    } catch {
      /* already closed by the client */
    }
    const left = (openStreams.get(key) ?? 1) - 1;
    if (left > 0) return void openStreams.set(key, left);
    openStreams.delete(key);
    await leavePresence(actor, sessionId).catch(() => undefined);
  }
  signal.addEventListener("abort", () => void close());

  controller.enqueue(encoder.encode(SSE_RETRY_FRAME));
  for (const e of await eventsAfter(actor, sessionId, last)) send(e);
  for (const n of held.splice(0)) send(n);
  replaying = false;
  await markPresent(actor, sessionId);
  return stream;
}
