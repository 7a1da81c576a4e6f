import v8 from "node:v8";
import pg from "pg";
import { createPool } from "./pool";

/**
 * A cached page (or route, or fetch) as every server sees it: the value, its cache tags, and the
 * time its render began (`freshAsOf`): it reflects every change made before then, perhaps not one
 * made while it rendered, so a revalidation after that time makes it stale.
 */
export type CacheRecord = { value: unknown; tags: string[]; cacheControl: unknown; freshAsOf: number };

/** For an entry stored with no lookup before it (a render this server did not start by a miss): how long a render may take. */
const RENDER_WINDOW_MS = 10_000;
const MEMORY_ENTRIES = 500;
const PENDING_RENDERS = 1_000;
const CHANNEL = "claimdesk_cache";
const RECONNECT_MS = 1_000;
// The database's clock, so that servers whose clocks differ a little still agree on "before" and "after".
const DB_NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

type Row = {
  now: string;
  value: Buffer | null;
  tags: string[] | null;
  cacheControl: unknown;
  freshAsOf: string | null;
  revalidated: string | null;
};

/**
 * The page cache every app server shares. Entries live in Postgres (one stateful service), keyed by
 * build so that a new deployment never serves pages that point at the old one's scripts. Each server
 * keeps the entries it read in memory, and Postgres NOTIFY tells every server at once which tags a
 * publish or correction revalidated. While a server has lost its listening connection it serves
 * from Postgres only, checking each entry's tags there, so it can never serve a page it was not
 * told about.
 */
export class SharedCacheStore {
  private readonly pool: pg.Pool;
  private readonly memory = new Map<string, CacheRecord>();
  /** Key → when its lookup missed, by the database's clock: the render that follows began after it. */
  private readonly misses = new Map<string, number>();
  /** Tag → when it was last revalidated, as announced since this server started listening. */
  private readonly revalidated = new Map<string, number>();
  private listener: pg.Client | undefined;
  private listening: Promise<void> | undefined;
  private live = false;
  private closed = false;
  private readonly announced = new Set<(tags: string[]) => void>();

  constructor(
    private readonly url: string,
    private readonly buildId: string,
  ) {
    this.pool = createPool(url, { max: 4, allowExitOnIdle: true });
    void this.listen();
    // Pages of earlier deployments: kept a day for servers still running them during a rolling update.
    this.pool
      .query(`DELETE FROM "PageCache" WHERE "buildId" <> $1 AND "freshAsOf" < ${DB_NOW} - 86400000`, [buildId])
      .catch(() => undefined);
  }

  /** Whether this server is listening for revalidations (and may serve from memory). */
  get isListening(): boolean {
    return this.live;
  }

  /** Resolves once the listening connection is in place (or failed, and a retry is scheduled). */
  ready(): Promise<void> {
    return this.listening ?? Promise.resolve();
  }

  /** Calls `fn` with the tags of every revalidation this server hears of (tests watch propagation with it). */
  onRevalidated(fn: (tags: string[]) => void): () => void {
    this.announced.add(fn);
    return () => this.announced.delete(fn);
  }

  async get(key: string, queryTags: string[] = []): Promise<CacheRecord | null> {
    const held = this.live ? this.memory.get(key) : undefined;
    if (held && this.isFresh(held, queryTags)) {
      // Refreshes its place in the least-recently-used order.
      this.remember(key, held);
      return held;
    }
    this.memory.delete(key);
    const { rows } = await this.pool.query<Row>(
      `SELECT ${DB_NOW} AS now, e.value, e.tags, e."cacheControl", e."freshAsOf",
              (SELECT max(t."revalidatedAt") FROM "PageCacheTag" t WHERE t.tag = ANY(e.tags || $3::text[])) AS revalidated
         FROM (SELECT 1) one LEFT JOIN "PageCache" e ON e."buildId" = $1 AND e.key = $2`,
      [this.buildId, key, queryTags],
    );
    const row = rows[0];
    const miss = () => {
      this.misses.delete(key);
      this.misses.set(key, Number(row.now));
      if (this.misses.size > PENDING_RENDERS) this.misses.delete(this.misses.keys().next().value!);
      return null;
    };
    if (!row.value || row.freshAsOf === null) return miss();
    const freshAsOf = Number(row.freshAsOf);
    if (row.revalidated !== null && isStaleAfter(freshAsOf, Number(row.revalidated))) return miss();
    const value = readValue(row.value);
    // An entry this version of Node cannot read is rendered again, not an error page.
    if (value === undefined) return miss();
    const record: CacheRecord = { value, tags: row.tags ?? [], cacheControl: row.cacheControl ?? undefined, freshAsOf };
    if (this.isFresh(record, queryTags)) this.remember(key, record);
    return record;
  }

  async set(key: string, value: unknown, tags: string[], cacheControl?: unknown): Promise<void> {
    const startedAt = this.misses.get(key);
    this.misses.delete(key);
    if (value === null || value === undefined) {
      this.memory.delete(key);
      await this.pool.query(`DELETE FROM "PageCache" WHERE "buildId" = $1 AND key = $2`, [this.buildId, key]);
      return;
    }
    const { rows } = await this.pool.query<{ freshAsOf: string }>(
      `INSERT INTO "PageCache" (key, "buildId", value, tags, "cacheControl", "freshAsOf")
       VALUES ($1, $2, $3, $4, $5, coalesce($6::bigint, ${DB_NOW} - ${RENDER_WINDOW_MS}))
       ON CONFLICT ("buildId", key) DO UPDATE SET value = EXCLUDED.value, tags = EXCLUDED.tags,
         "cacheControl" = EXCLUDED."cacheControl", "freshAsOf" = EXCLUDED."freshAsOf"
       RETURNING "freshAsOf"`,
      [
        key,
        this.buildId,
        v8.serialize(value),
        tags,
        cacheControl === undefined ? null : JSON.stringify(cacheControl),
        startedAt ?? null,
      ],
    );
    const record = { value, tags, cacheControl, freshAsOf: Number(rows[0].freshAsOf) };
    // A correction published while this rendered: keep it out of memory; Postgres has it, marked stale.
    if (this.isFresh(record, [])) this.remember(key, record);
  }

  /** Marks tags revalidated for every server: recorded in Postgres and announced on the cache channel. */
  async revalidate(tags: string[]): Promise<void> {
    if (tags.length === 0) return;
    const { rows } = await this.pool.query<{ at: string }>(
      `WITH t AS (
         INSERT INTO "PageCacheTag" (tag, "revalidatedAt") SELECT DISTINCT unnest($1::text[]), ${DB_NOW}
         ON CONFLICT (tag) DO UPDATE SET "revalidatedAt" = EXCLUDED."revalidatedAt"
         RETURNING tag, "revalidatedAt")
       SELECT max("revalidatedAt") AS at,
              pg_notify('${CHANNEL}', json_build_object('tags', json_agg(tag), 'at', max("revalidatedAt"))::text)
         FROM t`,
      [tags],
    );
    this.apply(tags, Number(rows[0].at));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private isFresh(record: CacheRecord, queryTags: string[]): boolean {
    for (const tag of [...record.tags, ...queryTags]) {
      const at = this.revalidated.get(tag);
      if (at !== undefined && isStaleAfter(record.freshAsOf, at)) return false;
    }
    return true;
  }

  private remember(key: string, record: CacheRecord): void {
    if (!this.live) return;
    this.memory.delete(key);
    this.memory.set(key, record);
    if (this.memory.size > MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
  }

  private apply(tags: string[], at: number): void {
    for (const tag of tags) this.revalidated.set(tag, Math.max(at, this.revalidated.get(tag) ?? 0));
    for (const [key, record] of this.memory) if (!this.isFresh(record, [])) this.memory.delete(key);
    for (const fn of this.announced) fn(tags);
  }

  private listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    const lost = () => {
      if (this.listener !== client) return;
      this.listener = undefined;
      this.live = false;
      // What was held may have been revalidated while nobody was listening.
      this.memory.clear();
      if (!this.closed) setTimeout(() => void this.listen(), RECONNECT_MS).unref();
    };
    this.listener = client;
    client.on("notification", (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      const { tags, at } = JSON.parse(msg.payload) as { tags: string[]; at: number };
      this.apply(tags, Number(at));
    });
    client.on("error", lost);
    client.on("end", lost);
    this.listening = (async () => {
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        if (this.listener === client) this.live = true;
      } catch {
        lost();
      }
    })();
    return this.listening;
  }
}

function readValue(bytes: Buffer): unknown {
  try {
    return v8.deserialize(bytes);
  } catch {
    return undefined;
  }
}

/** Revalidated in the same millisecond as the render began counts as after it. */
function isStaleAfter(freshAsOf: number, revalidatedAt: number): boolean {
  return revalidatedAt >= freshAsOf;
}
