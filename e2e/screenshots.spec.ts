import { expect, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import { seedPublic, setMatching } from "./fixtures/database";

// Screenshots for the README and for looking at the pages; each shot also checks the page's main content.
test.describe("screenshots", () => {
  test.skip(!process.env.CLAIMDESK_SCREENSHOTS, "set CLAIMDESK_SCREENSHOTS=1 to refresh docs/screenshots");

  test("article list, article and admin pages", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in to the workbench" })).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/sign-in.png" });
    await signInByHttp(page, "ADMIN");
    await page.goto("/articles");
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/articles.png" });
    await page.getByRole("link", { name: /Russian-North Korean Bear Hug/ }).click();
    await expect(page.getByRole("complementary", { name: "Claims" }).getByTestId("claim").first()).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/article.png" });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.screenshot({ path: "docs/screenshots/article-wide.png" });
    await page.goto("/articles");
    await page.getByRole("link", { name: /Putin and Kim forged closer ties/ }).click();
    await page
      .getByRole("complementary", { name: "Claims" })
      .getByRole("link", { name: "Russia and South Korea had expanding economic ties." })
      .click();
    await expect(page.getByTestId("claim-panel")).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/claim-panel.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "docs/screenshots/claim-panel-laptop.png" });
    await page.goto("/articles/new");
    await page.getByRole("tab", { name: "From a web address" }).click();
    await page.getByLabel("Article address").fill("http://127.0.0.1:3199/trade-story");
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByTestId("preview-claims")).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/add-article.png", fullPage: true });
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/admin-users.png", fullPage: true });
  });

  test("public pages, on a laptop and on a phone", async ({ browser }) => {
    const { publishedSlug } = seedPublic<{ publishedSlug: string }>("drafts");
    for (const [name, viewport] of [
      ["laptop", { width: 1280, height: 900 }],
      ["phone", { width: 360, height: 780 }],
    ] as const) {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`/verdicts/${publishedSlug}`);
      await expect(page.getByRole("region", { name: "Verdict" })).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/verdict-${name}.png`, fullPage: true });
      await page.goto("/verdicts");
      await page.screenshot({ path: `docs/screenshots/verdicts-${name}.png`, fullPage: true });
      await page.goto("/methodology");
      await page.screenshot({ path: `docs/screenshots/methodology-${name}.png`, fullPage: true });
      await page.goto(`/verdicts/${publishedSlug}`);
      await page.goto((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
      await page.screenshot({ path: "docs/screenshots/verdict-share-card.png" });
    }
  });

  test("a live session with its progress charts, and its summary", async ({ page }) => {
    const { sessionId } = seedPublic<{ sessionId: string }>("session");
    await signInByHttp(page, "EDITOR");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/sessions/new");
    await page.screenshot({ path: "docs/screenshots/session-new.png", fullPage: true });
    await page.goto(`/sessions/${sessionId}`);
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await expect(page.getByTestId("progress").locator("svg").first()).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/session.png", fullPage: true });
    await page.getByRole("button", { name: "Close session" }).click();
    await page.getByRole("button", { name: "Close session now" }).click();
    await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
    await expect(page.getByTestId("progress").locator("svg").first()).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/session-summary.png", fullPage: true });
  });

  test("the claim panel's publication controls on a published claim", async ({ page }) => {
    const claim = seedPublic<{ articleId: string; claimId: string }>("verified");
    await signInByHttp(page, "EDITOR");
    await page.setViewportSize({ width: 1440, height: 1100 });
    await page.goto(`/articles/${claim.articleId}?claim=${claim.claimId}`);
    await page.getByTestId("publication").getByRole("link", { name: "Preview and publish" }).click();
    await expect(page.getByRole("region", { name: "Preview of the public page" })).toBeVisible();
    await page.screenshot({ path: "docs/screenshots/publish-preview.png", fullPage: true });
    await page.getByRole("form", { name: "Publish" }).getByRole("button", { name: "Publish" }).click();
    await expect(page.getByTestId("publication")).toContainText("Published (version 1).");
    await page.getByTestId("publication").scrollIntoViewIfNeeded();
    await page.screenshot({ path: "docs/screenshots/claim-publication.png" });
  });

  test("the desk's daily screens at 1440 and 390 px", async ({ browser }) => {
    test.setTimeout(120_000);
    const { articleId } = seedPublic<{ articleId: string }>("article-claim");
    const { sessionId } = seedPublic<{ sessionId: string }>("session");
    await setMatching(articleId, { done: 25, total: 80, finished: false });
    for (const width of [1440, 390]) {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      const shot = (name: string) => page.screenshot({ path: `docs/screenshots/desk-${name}-${width}.png` });
      await signInByHttp(page, "EDITOR");
      await page.goto("/queue");
      await expect(page.getByRole("heading", { name: "Queue" })).toBeVisible();
      await shot("queue");
      await page.goto(`/articles/${articleId}`);
      await expect(page.getByTestId("matching-status")).toBeVisible();
      await shot("article-matching");
      await page.goto("/articles");
      await page.getByRole("link", { name: /Putin and Kim forged closer ties/ }).click();
      await page
        .getByRole("complementary", { name: "Claims" })
        .getByRole("link", { name: "Seoul became a major investor in Russia’s economy." })
        .click();
      await expect(page.getByTestId("claim-panel")).toBeVisible();
      await shot("claim");
      await page.goto(`/sessions/${sessionId}`);
      await expect(page.getByTestId("progress").locator("svg").first()).toBeVisible();
      await shot("session");
      await page.goto("/articles/new");
      await page
        .getByLabel("Article text")
        .fill("Harbour fees rise\n\nBy Kashmira Gander\n\nThe harbour raised fees by 12%.");
      await shot("add-article");
      if (width === 1440) {
        // A long article, so the save's checklist stays on screen long enough to be photographed.
        const paragraph = (i: number) =>
          `The district ${i} council approved a flood budget of ${i + 2} million pounds.`;
        await page.getByLabel("Headline").fill(`Flood budgets ${Date.now()}`);
        await page.getByLabel("Article text").fill(Array.from({ length: 1500 }, (_, i) => paragraph(i)).join("\n\n"));
        await page.getByRole("button", { name: "Save article" }).click();
        await expect(page.getByTestId("save-steps")).toContainText("Found");
        await page.getByTestId("save-steps").screenshot({ path: "docs/screenshots/desk-save-steps-1440.png" });
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Flood budgets/);
      }
      await page.goto("/verdicts");
      await shot("verdicts");
      await page.close();
    }
  });
});
