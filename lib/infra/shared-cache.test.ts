import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { databaseUrl } from "../env";
import { SharedCacheStore } from "./shared-cache";

// Each store is what one app server holds: its own memory and listening connection, one database.
const stores: SharedCacheStore[] = [];
async function server(buildId = "build-1"): Promise<SharedCacheStore> {
  const store = new SharedCacheStore(databaseUrl(), buildId);
  stores.push(store);
  await store.ready();
  return store;
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
afterAll(() => sql(`DELETE FROM "PageCache"`));

const heard = (store: SharedCacheStore, tag: string) =>
  new Promise<void>((resolve) => {
    const off = store.onRevalidated((tags) => {
      if (!tags.includes(tag)) return;
      off();
      resolve();
    });
  });

const page = (rating: string) => ({
  kind: "APP_PAGE",
  html: `<h1>${rating}</h1>`,
  rscData: Buffer.from(`rsc:${rating}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/verdicts/claim-a" },
  status: 200,
});
const TAGS = ["_N_T_/layout", "_N_T_/verdicts/claim-a"];

describe("the page cache shared by several app servers", () => {
  it("serves a page rendered on one server from another, bytes and maps intact", async () => {
    const [a, b] = [await server(), await server()];
    await a.set("/verdicts/claim-a", page("False"), TAGS, { revalidate: false });
    const got = await b.get("/verdicts/claim-a");
    expect(got?.value).toEqual(page("False"));
    expect(Buffer.isBuffer((got?.value as { rscData: unknown }).rscData)).toBe(true);
    expect(got?.cacheControl).toEqual({ revalidate: false });
  });

  it("drops a corrected page on every server, including one holding it in memory", async () => {
    const [a, b] = [await server(), await server()];
    await a.set("/verdicts/claim-a", page("False"), TAGS);
    // Both hold it now; B served it from Postgres once and keeps it.
    expect(await b.get("/verdicts/claim-a")).not.toBeNull();
    await sql(`UPDATE "PageCache" SET value = $1`, [Buffer.from("not what B holds")]);
    expect((await b.get("/verdicts/claim-a"))?.value).toEqual(page("False"));

    const told = heard(b, "_N_T_/verdicts/claim-a");
    await a.revalidate(["_N_T_/verdicts/claim-a"]);
    await told;
    expect(await a.get("/verdicts/claim-a")).toBeNull();
    expect(await b.get("/verdicts/claim-a")).toBeNull();
    // A server started later learns it from Postgres, not from a notice it never heard.
    expect(await (await server()).get("/verdicts/claim-a")).toBeNull();
  });

  it("never keeps a page rendered while a correction was published, and keeps the one rendered after it", async () => {
    const [a, b] = [await server(), await server()];
    // B misses and starts rendering the old rating; meanwhile A publishes the correction.
    expect(await b.get("/verdicts/claim-a")).toBeNull();
    const told = heard(b, "_N_T_/verdicts/claim-a");
    await a.revalidate(["_N_T_/verdicts/claim-a"]);
    await told;
    await b.set("/verdicts/claim-a", page("False"), TAGS);
    expect(await b.get("/verdicts/claim-a")).toBeNull();
    expect(await a.get("/verdicts/claim-a")).toBeNull();
    // The render that began after the correction is the one every server then serves.
    await a.set("/verdicts/claim-a", page("Mostly false"), TAGS);
    expect((await b.get("/verdicts/claim-a"))?.value).toEqual(page("Mostly false"));
    expect((await a.get("/verdicts/claim-a"))?.value).toEqual(page("Mostly false"));
  });

  it("serves from Postgres alone while its listening connection is down, and from memory again once back", async () => {
    const [a, b] = [await server(), await server()];
    await a.set("/verdicts/claim-a", page("False"), TAGS);
    await b.get("/verdicts/claim-a");
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN claimdesk_cache%'`,
    );
    await expect.poll(() => b.isListening).toBe(false);
    // A's correction is announced while B hears nothing; B still never serves the old page.
    await a.revalidate(["_N_T_/verdicts/claim-a"]);
    expect(await b.get("/verdicts/claim-a")).toBeNull();

    await expect.poll(() => b.isListening, { timeout: 5_000 }).toBe(true);
    await sql(`UPDATE "PageCacheTag" SET "revalidatedAt" = 0`);
    await b.set("/verdicts/claim-a", page("Mostly false"), TAGS);
    await sql(`DELETE FROM "PageCache"`);
    expect((await b.get("/verdicts/claim-a"))?.value).toEqual(page("Mostly false"));
  });

  it("keeps each deployment's pages apart, so a new build never serves the old one's scripts", async () => {
    const [old, current] = [await server("build-1"), await server("build-2")];
    await old.set("/verdicts/claim-a", page("False"), TAGS);
    expect(await current.get("/verdicts/claim-a")).toBeNull();
    expect(await old.get("/verdicts/claim-a")).not.toBeNull();
  });

  it("forgets an entry stored as empty", async () => {
    const [a, b] = [await server(), await server()];
    await a.set("/verdicts/claim-a", page("False"), TAGS);
    await a.set("/verdicts/claim-a", null, []);
    expect(await b.get("/verdicts/claim-a")).toBeNull();
  });
});
