/**
 * Next.js's cache handler (next.config.js `cacheHandler`, production server only): every rendered
 * public page, route and fetch goes to the cache all app servers share (./shared-cache.ts), so a
 * publish or correction on one server is what readers get from every server. Loaded by Next outside
 * the app bundle, hence no imports from the rest of the app but the database address.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../env";
import { SharedCacheStore } from "./shared-cache";

const TAGS_HEADER = "x-next-cache-tags";

type HandlerContext = { serverDistDir?: string };
type GetContext = { tags?: string[]; softTags?: string[] };
type SetContext = { tags?: string[]; cacheControl?: unknown };
type Value = { headers?: Record<string, unknown> } | null;

const globalStore = globalThis as unknown as { claimdeskSharedCache?: SharedCacheStore };

function store(ctx: HandlerContext): SharedCacheStore {
  if (globalStore.claimdeskSharedCache) return globalStore.claimdeskSharedCache;
  const buildId = ctx.serverDistDir
    ? readFileSync(path.join(ctx.serverDistDir, "..", "BUILD_ID"), "utf8").trim()
    : "development";
  return (globalStore.claimdeskSharedCache = new SharedCacheStore(databaseUrl(), buildId));
}

/** The tags a stored page or route carries (Next puts them in a header), or those a fetch was given. */
function tagsOf(value: Value, ctx: SetContext): string[] {
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") return header.split(",").filter(Boolean);
  return ctx.tags ?? [];
}

export default class NextCacheHandler {
  private readonly store: SharedCacheStore;

  constructor(ctx: HandlerContext) {
    this.store = store(ctx);
  }

  async get(key: string, ctx: GetContext = {}) {
    const record = await this.store.get(key, [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]);
    if (!record) return null;
    return { value: record.value, lastModified: record.freshAsOf, cacheControl: record.cacheControl };
  }

  async set(key: string, value: Value, ctx: SetContext = {}) {
    await this.store.set(key, value, tagsOf(value, ctx), ctx.cacheControl);
  }

  async revalidateTag(tags: string | string[]) {
    await this.store.revalidate(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
