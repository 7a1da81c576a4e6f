import { expect, test, type Page } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import { seedPublic, setMatching, suggestMatch } from "./fixtures/database";

const SITE = "http://127.0.0.1:3199";

async function fetchIntoForm(page: Page, url: string) {
  await page.getByRole("tab", { name: "From a web address" }).click();
  await page.getByLabel("Article address").fill(url);
  await page.getByRole("button", { name: "Fetch article" }).click();
}

test.describe("bringing articles in", () => {
  test("imports an article from a web address, previews its claims and suggests a match with a seeded article", async ({
    page,
  }) => {
    await signInByHttp(page, "REVIEWER");
    await page.goto("/articles/new");
    await fetchIntoForm(page, `${SITE}/trade-story`);

    await expect(page.getByLabel("Headline")).toHaveValue("How Seoul and Moscow's trade boom ended");
    await expect(page.getByLabel("Outlet")).toHaveValue("Harbor Herald");
    await expect(page.getByLabel("Byline")).toHaveValue("Mina Park");
    await expect(page.getByLabel("Published")).toHaveValue("2024-06-20");
    await expect(page.getByLabel("Article text")).not.toHaveValue(/Photo: Lee Jin|Ports reopen|Harbor Herald/);
    const preview = page.getByTestId("preview-claims");
    await expect(preview).toContainText("By 2014, trade between the two countries had surged to over $28 billion");

    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page).toHaveURL(/\/articles\/(?!new)[^/]+$/);
    const suggestion = page.getByTestId("match-suggestion").first();
    await expect(suggestion).toContainText(
      "Same claim as “Trade between the two countries surged to over $28 billion by 2014.”",
    );
    await expect(suggestion).toContainText("Putin and Kim forged closer ties");
    await suggestion.getByRole("button", { name: "Confirm match" }).click();
    await expect(suggestion).toContainText("Linked to");

    // The same page again is recognised before saving.
    await page.goto("/articles/new");
    await fetchIntoForm(page, `${SITE}/trade-story`);
    await expect(page.getByTestId("duplicate")).toContainText("This article is already in claimdesk");
    // Saving it anyway opens the copy the desk has, and says so there instead of redirecting silently.
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page).toHaveURL(/\/articles\/[^/]+\?existing=1$/);
    await expect(page.getByRole("status").filter({ hasText: "This article is already in claimdesk" })).toBeVisible();
  });

  test("refuses addresses the guard does not allow, and pages that are not articles", async ({ page }) => {
    await signInByHttp(page, "REVIEWER");
    await page.goto("/articles/new");
    await fetchIntoForm(page, "http://localhost:3199/trade-story");
    await expect(page.getByTestId("import-error")).toHaveText(/localhost points to a private or local network address/);
    await page.getByLabel("Article address").fill(`${SITE}/photo.png`);
    await page.getByRole("button", { name: "Fetch article" }).click();
    await expect(page.getByTestId("import-error")).toHaveText("That address is not a web page (it is image/png).");
  });

  test("pastes an article, explains missing fields, and saves it with its claims", async ({ page }) => {
    await signInByHttp(page, "EDITOR");
    await page.goto("/articles/new");
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page.getByText("Give the article a title.")).toBeVisible();
    await expect(page.getByText("Paste the article text.")).toBeVisible();
    const stamp = Date.now();
    await page.getByLabel("Headline").fill(`Flood budget ${stamp}`);
    await page
      .getByLabel("Article text")
      .fill(
        `The council approved a £4.2m flood budget on Monday ${stamp}, officials said.\n\nSign in or Create a free account`,
      );
    await page.getByRole("button", { name: "Preview claims" }).click();
    await expect(page.getByTestId("preview-claims").getByRole("listitem")).toHaveCount(1);
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Flood budget ${stamp}`);
    await expect(page.getByTestId("claim")).toHaveCount(1);
  });

  test("a pasted or uploaded text fills the headline, byline and date it states, and they stay editable", async ({
    page,
  }) => {
    await signInByHttp(page, "EDITOR");
    await page.goto("/articles/new");
    const stamp = Date.now();
    await page
      .getByLabel("Article text")
      .fill(
        `Harbour fees rise ${stamp}\n\nBy Kashmira Gander\nOn 11/13/19 at 4:00 PM EST\n\nThe harbour raised its fees by 12% in 2019, the port authority said.`,
      );
    await expect(page.getByLabel("Headline")).toHaveValue(`Harbour fees rise ${stamp}`);
    await expect(page.getByLabel("Byline")).toHaveValue("Kashmira Gander");
    await expect(page.getByLabel("Published")).toHaveValue("2019-11-13");
    // A headline edited by hand is kept when the text changes again.
    await page.getByLabel("Headline").fill(`Harbour fees climb ${stamp}`);
    await page.getByLabel("Article text").press("End");
    await page.getByLabel("Article text").pressSequentially(" More.");
    await expect(page.getByLabel("Headline")).toHaveValue(`Harbour fees climb ${stamp}`);
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Harbour fees climb ${stamp}`);

    await page.goto("/articles/new");
    await page.getByRole("tab", { name: "Upload a file" }).click();
    await page.getByLabel("Article file").setInputFiles({
      name: "cannabis.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        "Cannabis use disorder is rising\n\nBy Kashmira Gander\nOn 11/13/19 at 4:00 PM EST\n\nRates rose.",
      ),
    });
    await page.getByRole("button", { name: "Read file" }).click();
    await expect(page.getByLabel("Headline")).toHaveValue("Cannabis use disorder is rising");
    await expect(page.getByLabel("Byline")).toHaveValue("Kashmira Gander");
    await expect(page.getByLabel("Published")).toHaveValue("2019-11-13");
  });

  test("uploads a Markdown file into the form", async ({ page }) => {
    await signInByHttp(page, "REVIEWER");
    await page.goto("/articles/new");
    await page.getByRole("tab", { name: "Upload a file" }).click();
    await page.getByLabel("Article file").setInputFiles({
      name: "budget.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# Budget vote\n\nThe **council** approved a £4.2m budget on Monday."),
    });
    await page.getByRole("button", { name: "Read file" }).click();
    await expect(page.getByLabel("Headline")).toHaveValue("Budget vote");
    await expect(page.getByLabel("Article text")).toHaveValue(
      "Budget vote\n\nThe council approved a £4.2m budget on Monday.",
    );
    await page
      .getByLabel("Article file")
      .setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(12_000_000, 0x61) });
    await page.getByRole("button", { name: "Read file" }).click();
    await expect(page.getByTestId("import-error")).toHaveText("huge.txt is 12.0 MB; the limit is 10 MB.");
    await page
      .getByLabel("Article file")
      .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([1, 2, 3]) });
    await page.getByRole("button", { name: "Read file" }).click();
    await expect(page.getByTestId("import-error")).toHaveText(
      "photo.png: claimdesk reads .txt, .md, .html, .htm, .docx files.",
    );
  });
});

test.describe("long saves", () => {
  test("saving a long article lists its steps with the claims found and stored", async ({ page }) => {
    await signInByHttp(page, "EDITOR");
    await page.goto("/articles/new");
    const stamp = Date.now();
    const sentences = Array.from(
      { length: 70 },
      (_, i) => `The district ${i} council approved a flood budget of ${i + 2} million pounds in ${stamp}.`,
    );
    await page.getByLabel("Headline").fill(`Flood budgets by district ${stamp}`);
    await page.getByLabel("Article text").fill(sentences.join("\n\n"));
    // Every step the list shows, kept by the page itself: the list changes faster than a test can look.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { saveSteps: string[] }).saveSteps = seen;
      new MutationObserver(() => {
        const text = document.querySelector("[data-testid=save-steps]")?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Flood budgets by district ${stamp}`);
    const steps = (await page.evaluate(() => (window as unknown as { saveSteps: string[] }).saveSteps)).join(" | ");
    expect(steps).toContain("Finding claims");
    expect(steps).toContain("Stored 70 claims");
    expect(steps).toContain("Matches with other articles: checked on the article's page");
    await expect(page.getByTestId("claim")).toHaveCount(70);
  });

  test("an article still being matched shows how far it is, then its suggestions without a reload", async ({
    page,
  }) => {
    const { articleId, claimId } = seedPublic<{ articleId: string; claimId: string }>("article-claim");
    await setMatching(articleId, { done: 25, total: 80, finished: false });
    await signInByHttp(page, "REVIEWER");
    await page.goto(`/articles/${articleId}`);
    const status = page.getByTestId("matching-status");
    await expect(status).toContainText("Checking claims against other articles: 25 of 80");
    await expect(status.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "31");
    await setMatching(articleId, { done: 50, total: 80, finished: false });
    await expect(status).toContainText("50 of 80");

    const seeded = "Trade between the two countries surged to over $28 billion by 2014.";
    await suggestMatch(claimId, seeded);
    const suggestion = page.getByTestId("match-suggestion").filter({ hasText: seeded });
    await expect(suggestion).toHaveCount(0);
    await setMatching(articleId, { done: 80, total: 80, finished: true });
    await expect(status).toBeHidden();
    await expect(suggestion).toHaveCount(1);
  });

  test("matching whose server stopped says so instead of waiting forever", async ({ page }) => {
    const { articleId } = seedPublic<{ articleId: string }>("article-claim");
    await setMatching(articleId, { done: 25, total: 80, finished: false, quietSeconds: 300 });
    await signInByHttp(page, "REVIEWER");
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByRole("status").filter({ hasText: "stopped after 25 of 80" })).toContainText(
      "re-extracting the claims checks them again",
    );
  });
});
