import "server-only";
import type { Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { ACCOUNT_DISABLED, subscribe, type SessionNotice } from "../infra/session-listener";
import { SSE_RETRY_FRAME, sseFrame } from "../infra/sse";
import { eventsAfter, leavePresence, markPresent, requireSessionAccess } from "./sessions";
import { closeStream, heartbeatStream, openStream, STREAM_HEARTBEAT_MS } from "./sessions/streams";

/** A person with more session pages open than this (on all servers) is refused another (each stream holds memory). */
export const MAX_STREAMS_PER_USER = 12;

function tooManyStreams(): never {
  throw new AppError(
    "LOCKED",
    `You have ${MAX_STREAMS_PER_USER} live session pages open already; close some of them and reload this one.`,
  );
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
  const streamId = (await openStream(sessionId, actor.id, MAX_STREAMS_PER_USER)) ?? tooManyStreams();
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
    heartbeatStream(streamId).catch(() => undefined);
  }, STREAM_HEARTBEAT_MS);

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
    // Someone with the session open in another tab, on this server or another, is still here.
    const { stillOpen } = await closeStream(streamId, sessionId, actor.id).catch(() => ({ stillOpen: false }));
    if (!stillOpen) await leavePresence(actor, sessionId).catch(() => undefined);
  }
  signal.addEventListener("abort", () => void close());

  controller.enqueue(encoder.encode(SSE_RETRY_FRAME));
  for (const e of await eventsAfter(actor, sessionId, last)) send(e);
  for (const n of held.splice(0)) send(n);
  replaying = false;
  await markPresent(actor, sessionId);
  return stream;
}
