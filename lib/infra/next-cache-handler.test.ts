import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../env";
import NextCacheHandler from "./next-cache-handler";
import { READING_LAYOUT_TAG } from "./reading-document";
import { SharedCacheStore } from "./shared-cache";

const handler = new NextCacheHandler({});
const elsewhere = new SharedCacheStore(databaseUrl(), "development");
afterAll(async () => {
  await elsewhere.close();
  await (globalThis as unknown as { claimdeskSharedCache: SharedCacheStore }).claimdeskSharedCache.close();
});

const document =
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script><title>Rating</title></head>' +
  '<body><h1>Mostly false</h1><script type="application/ld+json">{"@type":"ClaimReview"}</script>' +
  '<script>self.__next_f.push([1,"0:{}"])</script></body></html>';
const rendered = (layoutTags: string[]) => ({
  kind: "APP_PAGE",
  html: document,
  rscData: Buffer.from("0:{}"),
  headers: { "x-next-cache-tags": [...layoutTags, "_N_T_/layout"].join(",") },
  status: 200,
});
type Page = ReturnType<typeof rendered>;

describe("pages kept by Next's cache handler", () => {
  it("keeps a public page without the client runtime, for this server and every other, with its payload for client navigation", async () => {
    await handler.set("/verdicts/claim-a", rendered([READING_LAYOUT_TAG]));
    for (const got of [await handler.get("/verdicts/claim-a"), await elsewhere.get("/verdicts/claim-a")]) {
      const page = got?.value as Page;
      expect(page.html).toContain("<h1>Mostly false</h1>");
      expect(page.html).toContain('<script type="application/ld+json">{"@type":"ClaimReview"}</script>');
      expect(page.html).not.toContain("main.js");
      expect(page.html).not.toContain("__next_f");
      expect(page.rscData.toString()).toBe("0:{}");
    }
  });

  it("keeps a workbench page, which is an app, exactly as rendered", async () => {
    await handler.set("/sign-in", rendered(["_N_T_/(auth)/layout"]));
    expect(((await elsewhere.get("/sign-in"))?.value as Page).html).toBe(document);
  });
});
