import "server-only";
import pg from "pg";
import { databaseUrl } from "../env";

export type SessionNotice = {
  id: string | null;
  sessionId: string;
  kind: string;
  claimId: string | null;
  userId?: string;
};
type Listener = (notice: SessionNotice) => void;
type Hub = { client: Promise<pg.Client>; listeners: Map<string, Set<Listener>>; onLost: Set<() => void> };

const CHANNEL = "claimdesk_session";
/** A notice for every stream of every session: this person's account was disabled. */
export const ACCOUNT_DISABLED = "account.disabled";
const EVERY_SESSION = "*";
const globalHub = globalThis as unknown as { claimdeskSessionHub?: Hub };

/**
 * One LISTEN connection per server process, shared by every open event stream; notices are
 * handed to the streams of their session. If the connection drops, every stream is told so it
 * can end, and the browsers reconnect and catch up from the last event id they saw.
 */
function hub(): Hub {
  if (globalHub.claimdeskSessionHub) return globalHub.claimdeskSessionHub;
  const listeners = new Map<string, Set<Listener>>();
  const onLost = new Set<() => void>();
  const client = (async () => {
    const c = new pg.Client({ connectionString: databaseUrl() });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    c.on("notification", (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const notice = JSON.parse(msg.payload) as SessionNotice;
      if (notice.id !== null) notice.id = String(notice.id);
      const targets =
        notice.sessionId === EVERY_SESSION
          ? [...listeners.values()].flatMap((set) => [...set])
          : (listeners.get(notice.sessionId) ?? []);
      for (const listener of targets) listener(notice);
    });
    const lost = () => {
      if (globalHub.claimdeskSessionHub?.client !== created) return;
      globalHub.claimdeskSessionHub = undefined;
      for (const end of onLost) end();
    };
    c.on("error", lost);
    c.on("end", lost);
    return c;
  })();
  const created = client;
  globalHub.claimdeskSessionHub = { client, listeners, onLost };
  client.catch(() => {
    globalHub.claimdeskSessionHub = undefined;
  });
  return globalHub.claimdeskSessionHub;
}

/** Starts receiving a session's notices; resolves once the LISTEN is in place. Returns the unsubscribe. */
export async function subscribe(sessionId: string, listener: Listener, onLost: () => void): Promise<() => void> {
  const h = hub();
  await h.client;
  const set = h.listeners.get(sessionId) ?? new Set();
  set.add(listener);
  h.listeners.set(sessionId, set);
  h.onLost.add(onLost);
  return () => {
    set.delete(listener);
    if (set.size === 0) h.listeners.delete(sessionId);
    h.onLost.delete(onLost);
  };
}

/** Closes the shared LISTEN connection (tests and benchmarks, at the end of a run). */
export async function closeSessionHub(): Promise<void> {
  const h = globalHub.claimdeskSessionHub;
  globalHub.claimdeskSessionHub = undefined;
  if (h) await (await h.client).end();
}

/** Announces, inside the caller's transaction (so only once it commits), that an account was disabled. */
export async function announceAccountDisabled(
  tx: { $executeRaw: (q: TemplateStringsArray, ...v: unknown[]) => Promise<number> },
  userId: string,
): Promise<void> {
  const payload = JSON.stringify({
    id: null,
    sessionId: EVERY_SESSION,
    kind: ACCOUNT_DISABLED,
    claimId: null,
    userId,
  } satisfies SessionNotice);
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}
