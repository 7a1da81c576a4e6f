import { expect, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import { disableUser, seedPublic } from "./fixtures/database";
import { DEMO } from "./fixtures/users";

// Issue 16: the places in a desk's day where a fact-checker lost time or work.

test("a signed-out deep link comes back to the address asked for after sign-in", async ({ page }) => {
  await page.goto("/queue?view=all&q=Marin");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO.REVIEWER.email);
  await page.getByLabel("Password").fill(DEMO.REVIEWER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/queue\?view=all&q=Marin$/);
});

test("a malformed address gets the friendly 'not found' page, not a server error", async ({ page }) => {
  const response = await page.goto("/articles/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("a user disabled while signed in is told so once, and is signed out", async ({ page }) => {
  const account = seedPublic<{ email: string; password: string }>("user");
  await signInByHttp(page, account);
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await disableUser(account.email);
  const navigations: string[] = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  await page.goto("/articles");
  await expect(page.getByTestId("sign-in-error")).toHaveText("This account is disabled. Ask an admin to re-enable it.");
  // The session is over: the page stays put, and the workbench asks for a sign-in again.
  // Signed out, not merely refused: the session cookie is gone. (Watched in the cookie jar: asking
  // /api/auth/session meanwhile would hand back a refreshed cookie and race the sign-out.)
  await expect
    .poll(async () => (await page.context().cookies()).some((c) => c.name.includes("session-token")))
    .toBe(false);
  expect(navigations.length).toBeLessThan(4);
  await page.goto("/queue");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fqueue$/);
});

test("signing out stays on the host name the person came by", async ({ page, baseURL }) => {
  const other = baseURL!.replace("localhost", "127.0.0.1");
  await page.goto(`${other}/sign-in`);
  await page.getByLabel("Email").fill(DEMO.EDITOR.email);
  await page.getByLabel("Password").fill(DEMO.EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${other}/queue?view=signoff`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${other}/sign-in`);
});

test.describe("keyboard", () => {
  test("Esc leaves a field for the claim list, and a shortcut never types into the field it opens", async ({
    page,
  }) => {
    const claim = seedPublic<{ articleId: string; claimId: string }>("article-claim");
    await signInByHttp(page, "REVIEWER");
    await page.goto(`/articles/${claim.articleId}?claim=${claim.claimId}`);
    await expect(page.getByTestId("claim-panel")).toBeVisible();
    const url = page.locator("#source-url");
    // The shortcuts listen once the page has hydrated.
    await expect(async () => {
      await page.locator("body").press("s");
      await expect(url).toBeFocused({ timeout: 1000 });
    }).toPass();
    await expect(url).toHaveValue("");
    await page.keyboard.press("Escape");
    await expect(url).not.toBeFocused();
    // The panel has taken the list's place: focus goes back to the claim's words in the article.
    await expect(page.locator(`[data-claim-highlight="${claim.claimId}"]`)).toBeFocused();
    await page.keyboard.press("v");
    await expect(page.getByRole("radiogroup", { name: "Rating" }).getByRole("radio").first()).toBeFocused();
    await expect(url).toHaveValue("");
  });

  test("on a verified claim, s and v say why nothing opens", async ({ page }) => {
    const claim = seedPublic<{ articleId: string; claimId: string }>("verified");
    await signInByHttp(page, "REVIEWER");
    await page.goto(`/articles/${claim.articleId}?claim=${claim.claimId}`);
    await expect(page.getByTestId("claim-panel")).toBeVisible();
    await expect(async () => {
      await page.locator("body").press("s");
      await expect(page.getByRole("status").filter({ hasText: "sources cannot be changed now" })).toBeVisible({
        timeout: 1000,
      });
    }).toPass();
    await page.locator("body").press("v");
    await expect(page.getByRole("status").filter({ hasText: "verdict cannot be changed now" })).toBeVisible();
    // Its wording is shown, not offered for editing: the server would refuse the save.
    const panel = page.getByTestId("claim-panel");
    await expect(panel.getByRole("form", { name: "Edit claim" })).toHaveCount(0);
    await expect(panel.getByRole("group", { name: "Claim wording" })).toContainText(
      "Verified: the wording is frozen. An editor can reopen the claim for a correction.",
    );
  });
});

test("at 390 px the workbench navigation fits, Sign out included", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInByHttp(page, "ADMIN");
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
  for (const name of ["Articles", "Queue", "Sessions", "Exports", "Admin"]) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name })).toBeVisible();
  }
  await page.screenshot({ path: "test-results/workbench-390.png" });
});

test("at 390 px every workbench screen fits the width: nothing scrolls sideways", async ({ page }) => {
  const { sessionId } = seedPublic<{ sessionId: string }>("session");
  await page.setViewportSize({ width: 390, height: 844 });
  await signInByHttp(page, "EDITOR");
  const fits = async (where: string) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(390);
  for (const path of ["/queue?view=all", "/articles/new", `/sessions/${sessionId}`, "/sessions", "/exports"]) {
    await page.goto(path);
    await fits(path);
  }
  await page.goto("/articles");
  await page.getByRole("link", { name: /Putin and Kim forged closer ties/ }).click();
  await fits("article");
  await page
    .getByRole("complementary", { name: "Claims" })
    .getByRole("link", { name: "Seoul became a major investor in Russia’s economy." })
    .click();
  await expect(page.getByTestId("claim-panel")).toBeVisible();
  await fits("claim panel");
});

test("the navigation counts what waits for the editor, whose own verdict offers a disabled Sign off with the reason", async ({
  browser,
}) => {
  const theirs = seedPublic<{ articleId: string; claimId: string; text: string }>("signoff");
  const own = seedPublic<{ articleId: string; claimId: string; text: string }>("signoff-own");
  const editor = await (await browser.newContext()).newPage();
  await signInByHttp(editor, "EDITOR");
  const tag = (text: string) => text.match(/\(([0-9a-f]+)\)/)![1];
  await editor.goto(`/queue?view=signoff&q=${tag(theirs.text)}`);
  const count = editor.getByRole("navigation", { name: "Main" }).getByTestId("waiting-count");
  await expect(count).toContainText(/^\d+ waiting for your sign-off$/);
  // The reviewer's verdict waits for this editor; the editor's own does not.
  await expect(editor.getByRole("main").getByText(theirs.text)).toBeVisible();
  await editor.goto(`/queue?view=signoff&q=${tag(own.text)}`);
  await expect(editor.getByRole("main").getByText(own.text)).toHaveCount(0);

  await editor.goto(`/articles/${own.articleId}?claim=${own.claimId}`);
  const signOff = editor.getByTestId("claim-panel").getByRole("button", { name: "Sign off" });
  await expect(signOff).toBeDisabled();
  await expect(signOff).toHaveAccessibleDescription("You wrote this verdict; another editor has to sign it off.");
  await expect(editor.getByTestId("claim-panel").getByRole("button", { name: "Send back" })).toBeEnabled();

  const admin = await (await browser.newContext()).newPage();
  await signInByHttp(admin, "ADMIN");
  await admin.goto(`/articles/${own.articleId}?claim=${own.claimId}`);
  await expect(admin.getByTestId("claim-panel").getByRole("button", { name: "Sign off" })).toBeEnabled();
});

test("a verdict whose every cited source says the opposite of its rating gets a warning, not a block", async ({
  page,
}) => {
  const claim = seedPublic<{ articleId: string; claimId: string }>("article-claim");
  await signInByHttp(page, "REVIEWER");
  await page.goto(`/articles/${claim.articleId}?claim=${claim.claimId}`);
  const source = page.getByRole("form", { name: "Add source" });
  await source.getByLabel("Source address").fill("https://port.example/annual-report");
  await source.getByLabel("Publisher").fill("Port Authority");
  await source.getByLabel("Stance").selectOption("SUPPORTS");
  await source.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("sources")).toContainText("Port Authority");

  const verdict = page.getByRole("form", { name: "Verdict" });
  await verdict.getByRole("radio", { name: /^False/ }).check();
  await verdict.getByRole("checkbox", { name: "Port Authority" }).check();
  const warning = verdict.getByRole("note");
  await expect(warning).toHaveText(
    "Every source you cite supports the claim, yet the rating says it is false. Check the stances or the rating.",
  );
  await verdict.getByLabel("One-line summary").fill("The report says otherwise.");
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByRole("status")).toHaveText("Verdict saved");
  // A rating the sources agree with clears it.
  await verdict.getByRole("radio", { name: /^True/ }).check();
  await expect(warning).toHaveCount(0);
});

test("notes carry their review round: a reopened claim shows the reopening first and the old send-back as history", async ({
  browser,
}) => {
  const claim = seedPublic<{ articleId: string; claimId: string }>("signoff");
  const at = `/articles/${claim.articleId}?claim=${claim.claimId}`;
  const editor = await (await browser.newContext()).newPage();
  await signInByHttp(editor, "EDITOR");
  await editor.goto(at);
  const panel = editor.getByTestId("claim-panel");
  await panel.getByLabel("Comment when sending back").fill("Add the ministry's own figure.");
  await panel.getByRole("button", { name: "Send back" }).click();
  await expect(panel.getByTestId("current-note")).toContainText("Round 2 · Sent back by Eddie Editor");
  await expect(panel.getByTestId("current-note")).toContainText("Add the ministry's own figure.");

  // The reviewer sends it on again; the editor signs it off; the round is over.
  const reviewer = await (await browser.newContext()).newPage();
  await signInByHttp(reviewer, "REVIEWER");
  await reviewer.goto(at);
  await reviewer.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(reviewer.getByTestId("claim-panel").getByText("Needs sign-off").first()).toBeVisible();
  await editor.reload();
  await panel.getByRole("button", { name: "Sign off" }).click();
  await expect(panel.getByText("Verified").first()).toBeVisible();
  await expect(panel.getByTestId("current-note")).toHaveCount(0);
  await expect(panel.getByTestId("round-notes")).toContainText("Notes from earlier rounds (1)");

  // Reopened for correction: that note leads; the send-back is folded under it.
  const reopen = editor.getByRole("form", { name: "Reopen for correction" });
  await reopen.getByLabel("What needs correcting (for the team)").fill("The figure is for the fiscal year.");
  await reopen.getByRole("button", { name: "Reopen for correction" }).click();
  await expect(panel.getByTestId("current-note")).toContainText("Round 3");
  await reviewer.reload();
  const notes = reviewer.getByTestId("claim-panel").getByTestId("round-notes");
  await expect(notes.getByTestId("current-note")).toContainText("Round 3 · Reopened for correction by Eddie Editor");
  await expect(notes.getByText("Add the ministry's own figure.")).toBeHidden();
  await notes.getByText("Earlier rounds (1)").click();
  await expect(notes.getByText("Add the ministry's own figure.")).toBeVisible();
});

test("a claim opened far down an article is scrolled to a third of the way down the screen, its words highlighted", async ({
  browser,
}) => {
  const page = await (
    await browser.newContext({ reducedMotion: "reduce", viewport: { width: 1280, height: 800 } })
  ).newPage();
  await signInByHttp(page, "REVIEWER");
  await page.goto("/articles");
  await page.getByRole("link", { name: /Russian-North Korean Bear Hug/ }).click();
  const claims = page.getByRole("complementary", { name: "Claims" }).getByTestId("claim");
  await expect(claims.first()).toBeVisible();
  await claims.last().getByRole("link").first().click();
  await expect(page).toHaveURL(/[?&]claim=/);
  const claimId = new URL(page.url()).searchParams.get("claim")!;
  const words = page.locator(`[data-claim-highlight="${claimId}"]`).first();
  await expect
    .poll(async () => {
      const box = await words.boundingBox();
      return box !== null && box.y >= 800 / 8 && box.y + Math.min(box.height, 40) <= (800 * 3) / 4;
    })
    .toBe(true);
});
