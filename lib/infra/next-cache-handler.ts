/**
 * Next.js's cache handler (next.config.js `cacheHandler`, production server only): every rendered
 * public page, route and fetch goes to the cache all app servers share (./shared-cache.ts), so a
 * publish or correction on one server is what readers get from every server. A public page is kept
 * as the document a reader needs, without the client runtime (./reading-document.ts). Loaded by
 * Next outside the app bundle, hence no imports from the rest of the app but the database address.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../env";
import { READING_LAYOUT_TAG, withoutClientRuntime } from "./reading-document";
import { SharedCacheStore } from "./shared-cache";

const TAGS_HEADER = "x-next-cache-tags";

type HandlerContext = { serverDistDir?: string };
type GetContext = { tags?: string[]; softTags?: string[] };
type SetContext = { tags?: string[]; cacheControl?: unknown };
type Value = { kind?: string; html?: unknown; headers?: Record<string, unknown> } | null;

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
    const tags = tagsOf(value, ctx);
    // The full document still goes to the visitor whose request rendered it; from here on, readers
    // get the page without the runtime. Client navigations read `rscData`, which is kept.
    const stored =
      value?.kind === "APP_PAGE" && typeof value.html === "string" && tags.includes(READING_LAYOUT_TAG)
        ? { ...value, html: withoutClientRuntime(value.html) }
        : value;
    await this.store.set(key, stored, tags, ctx.cacheControl);
  }

  async revalidateTag(tags: string | string[]) {
    await this.store.revalidate(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
