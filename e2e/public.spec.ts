import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { schemaOrgProblems } from "../test/schemaorg";
import { signInByHttp } from "./fixtures/auth";
import { seedPublic } from "./fixtures/database";
import { correctedAndSignedOff, publishCorrection, publishedByEditor } from "./fixtures/publishing";

type Drafts = { marker: string; publishedSlug: string; withdrawnSlug: string; privatePaths: string[] };

test("an editor publishes a claim, a reader finds it, and a correction shows with its history in the page, feed and sitemap", async ({
  browser,
}) => {
  const { claim, editor, publication, slug } = await publishedByEditor(browser);

  // A signed-out reader finds it through the index's search.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/verdicts");
  await reader.getByLabel("Search claims").fill(claim.text.match(/\(([0-9a-f]+)\)/)![1]);
  await reader.getByRole("button", { name: "Search" }).click();
  await expect(reader.getByText("1 fact check")).toBeVisible();
  await reader.getByRole("link", { name: claim.text }).click();
  await expect(reader).toHaveURL(`/verdicts/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(claim.text);
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("True");
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText(
    "The claim is accurate and nothing significant is missing.",
  );
  await expect(reader.locator("header p", { hasText: "Claimed by" })).toContainText(
    "Claimed by port authority in Harbour Gazette, 1 Nov 2026 · Read the original article",
  );
  const sources = reader.getByTestId("public-sources").getByRole("listitem");
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toContainText("Annual report 2025 — Port Authority, 1 Mar 2026");
  await expect(sources.first().getByRole("link", { name: "Archived copy" })).toHaveAttribute(
    "href",
    "https://archive.example/port-annual-report",
  );
  await expect(reader.getByText("Checked by")).toBeVisible();
  await expect(reader.locator("dd", { hasText: "Rita Reviewer" })).toBeVisible();
  await expect(reader.locator("dd", { hasText: "Eddie Editor" })).toBeVisible();
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(schemaOrgProblems(jsonLd)).toEqual([]);
  expect(jsonLd).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: claim.text,
    reviewRating: { alternateName: "True", ratingValue: 6, bestRating: 6, worstRating: 2 },
  });
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    new RegExp(`/verdicts/${slug}/share.png$`),
  );

  // The editor reopens it, writes a corrected verdict; another editor signs it off.
  await correctedAndSignedOff(browser, editor, publication, claim);

  // Until the correction is published, readers still see the old verdict.
  await reader.reload();
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("True");
  await publishCorrection(editor, publication);

  await reader.reload();
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("Mostly true");
  await expect(reader.getByText(/^Correction on \d+ \w+ \d{4}\./)).toBeVisible();
  const history = reader.getByTestId("corrections");
  await expect(history.getByRole("listitem").first()).toContainText(
    "We first rated this True; the figure is for the fiscal year.",
  );
  await expect(history.getByRole("listitem").first()).toContainText("Rating from then on: Mostly true");
  await expect(history.getByRole("listitem").last()).toContainText(
    "Rated True: The port authority's annual report gives 41.2 million tonnes.",
  );

  const feed = await (await reader.request.get("/feed.xml")).text();
  expect(feed).toContain(`<![CDATA[Correction: ${claim.text}]]>`);
  expect(feed).toContain(`/verdicts/${slug}`);
  const sitemap = await (await reader.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/verdicts/${slug}</loc>`);
});

test("nothing unpublished is reachable: a crawl of every public page finds no draft, note or email, and private pages refuse", async ({
  request,
}) => {
  const seeded = seedPublic<Drafts>("drafts");
  const start = [
    "/",
    "/verdicts",
    "/methodology",
    "/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    `/verdicts/${seeded.publishedSlug}`,
    `/verdicts/${seeded.withdrawnSlug}`,
  ];
  const seen = new Set<string>();
  const queue = [...start];
  const origin = "http://localhost:3100";
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path, { maxRedirects: 0 });
    const body = await response.text();
    expect(body, `${path} shows unpublished text`).not.toContain(seeded.marker);
    expect(body.toLowerCase(), `${path} shows an email address`).not.toContain(seeded.marker.toLowerCase());
    if (response.status() !== 200) continue;
    const links = [...body.matchAll(/(?:href="|content="|<loc>)([^"<]+)/g)]
      .map((m) => m[1].replace(/&amp;/g, "&"))
      .filter((l) => l.startsWith("/") || l.startsWith("http"));
    for (const link of links) {
      const url = new URL(link, origin);
      const internal = url.origin === origin || url.hostname === "localhost";
      if (internal && !url.pathname.startsWith("/_next/") && !url.pathname.startsWith("/sign-in"))
        queue.push(url.pathname + url.search);
    }
  }
  expect([...seen].some((p) => p === `/verdicts/${seeded.publishedSlug}/share.png`)).toBe(true);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /articles");
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:3100\/sitemap\.xml/);
  const search = await (await request.get(`/verdicts?q=${seeded.marker}`)).text();
  expect(search).toContain("0 fact checks");

  for (const path of [...seeded.privatePaths, "/queue", "/exports", "/admin/users", "/articles"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const where = response.headers()["location"] ?? "";
    expect(
      response.status() === 404 || (response.status() >= 300 && response.status() < 400 && where.includes("/sign-in")),
      `${path} answered ${response.status()} ${where}`,
    ).toBe(true);
    expect(await response.text()).not.toContain(seeded.marker);
  }
  expect((await request.get("/api/exports?format=csv&includeAll=true")).status()).toBe(401);
});

test("a rationale's script and javascript: link stay inert; a withdrawn fact check leaves a notice", async ({
  page,
}) => {
  const seeded = seedPublic<Drafts>("drafts");
  await page.goto(`/verdicts/${seeded.publishedSlug}`);
  await expect(page.getByRole("heading", { name: "How we checked" })).toBeVisible();
  await expect(page.locator("article strong", { hasText: "ministry release" })).toBeVisible();
  await expect(page.locator("article script:not([type='application/ld+json'])")).toHaveCount(0);
  await expect(page.locator("article img")).toHaveCount(0);
  // The javascript: link keeps its words but loses its address: there is nothing to click.
  await expect(page.getByText("Click for details")).toBeVisible();
  await expect(page.getByRole("link", { name: "Click for details" })).toHaveCount(0);
  await expect(page.locator('article [href^="javascript:" i], article [onerror], article [onclick]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.goto(`/verdicts/${seeded.withdrawnSlug}`);
  await expect(page.getByRole("note", { name: "Withdrawn" })).toContainText(
    "The heritage trust corrected its own records.",
  );
  await expect(page.getByRole("region", { name: "Verdict" })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("a cached verdict page is served from the cache as plain HTML, and the public pages pass axe on a phone-sized screen", async ({
  browser,
}) => {
  const seeded = seedPublic<Drafts>("drafts");
  const page = await (await browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
  const path = `/verdicts/${seeded.publishedSlug}`;
  const first = await (await page.request.get(path)).text();
  const again = await page.request.get(path);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  // Readers of the cached page get the article, its metadata and structured data, and no client runtime.
  const cached = await again.text();
  expect(cached).not.toContain("__next_f");
  expect(cached).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/);
  expect(cached).toContain('<script type="application/ld+json">');
  expect(cached).toContain('<meta property="og:title"');
  expect(cached.length).toBeLessThan(first.length / 2);

  for (const url of ["/verdicts", path, "/methodology"]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${url}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${url} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
  }
});

test("an editor withdraws a published fact check: the page keeps a notice with the reason, the feed says so, the index drops it", async ({
  browser,
}) => {
  const { claim, editor, publication, slug } = await publishedByEditor(browser);

  const withdraw = editor.getByRole("form", { name: "Withdraw fact check" });
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(publication.getByRole("alert")).toHaveText(
    "Say in a sentence why the fact check is withdrawn; readers will see it.",
  );
  await withdraw
    .getByLabel("Why it is withdrawn (shown to readers)")
    .fill("The port authority withdrew its annual report.");
  await withdraw.getByRole("button", { name: "Withdraw" }).click();
  await expect(publication).toContainText("Withdrawn: The port authority withdrew its annual report.");

  const reader = await (await browser.newContext()).newPage();
  const page = await reader.goto(`/verdicts/${slug}`);
  expect(page!.status()).toBe(200);
  await expect(reader.getByRole("note", { name: "Withdrawn" })).toContainText(
    "The port authority withdrew its annual report.",
  );
  await expect(reader.getByRole("region", { name: "Verdict" })).toHaveCount(0);
  await reader.goto(`/verdicts?q=${claim.text.match(/\(([0-9a-f]+)\)/)![1]}`);
  await expect(reader.getByText("0 fact checks")).toBeVisible();
  expect(await (await reader.request.get("/feed.xml")).text()).toContain(`<![CDATA[Withdrawn: ${claim.text}]]>`);
});

// Issue 16: with no favicon every page logged a 404.
test("pages name an icon that loads, on the public site and at sign-in", async ({ page, request }) => {
  for (const path of ["/verdicts", "/sign-in"]) {
    await page.goto(path);
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    const icon = await request.get(href!);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  }
});

// Issue 19.9: a NUL character in a search answered 500, to anonymous readers too.
test("a NUL character in a search or filter gets the page, not a server error", async ({ request, browser }) => {
  for (const path of ["/verdicts?q=%00", "/verdicts?rating=%00", "/verdicts?outlet=%00&q=a%00b"])
    expect((await request.get(path)).status(), path).toBe(200);
  const page = await (await browser.newContext()).newPage();
  await signInByHttp(page, "EDITOR");
  for (const path of ["/queue?view=all&q=%00", "/api/exports?articleId=x%00&format=csv"])
    expect((await page.request.get(path)).status(), path).toBeLessThan(500);
});

test("on a phone the index's filters fold under the search box and the first result is in view; on a desktop they are open", async ({
  browser,
}) => {
  seedPublic<Drafts>("drafts");
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto("/verdicts");
  const search = phone.getByRole("search", { name: "Search fact checks" });
  await expect(search.getByLabel("Search claims")).toBeVisible();
  await expect(search.getByLabel("Rating")).toBeHidden();
  const first = phone.getByRole("main").getByRole("listitem").first();
  const box = (await first.boundingBox())!;
  expect(box.y + 40).toBeLessThan(844);
  await search.getByText("Filters").click();
  await search.getByLabel("Rating").selectOption({ label: "False" });
  await search.getByRole("button", { name: "Search" }).click();
  // A filter in use keeps them unfolded, with how many are set.
  await expect(search.getByLabel("Rating")).toHaveValue("false");
  await expect(search.getByText("Filters (1)")).toBeVisible();

  const desktop = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await desktop.goto("/verdicts");
  await expect(desktop.getByRole("search").getByLabel("Rating")).toBeVisible();
  await expect(desktop.getByRole("search").getByText("Filters")).toBeHidden();
});
