import { expect, test, type Page } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";

const ARTICLE = /Putin and Kim forged closer ties/;

async function openClaim(page: Page, text: string) {
  await page.goto("/articles");
  await page.getByRole("link", { name: ARTICLE }).click();
  await page.getByRole("complementary", { name: "Claims" }).getByRole("link", { name: text }).click();
  await expect(page.getByTestId("claim-panel")).toBeVisible();
}

async function addSource(page: Page, source: { url: string; publisher: string; stance: string }) {
  const form = page.getByRole("form", { name: "Add source" });
  await form.getByLabel("Source address").fill(source.url);
  await form.getByLabel("Publisher").fill(source.publisher);
  await form.getByLabel("Stance").selectOption(source.stance);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("sources")).toContainText(source.publisher);
}

test("a reviewer checks a claim with two sources and a verdict; an editor signs it off; the history shows it all", async ({
  browser,
}) => {
  const claim = "The comprehensive strategic partnership treaty was signed by Putin and Kim.";
  const reviewer = await browser.newPage();
  await signInByHttp(reviewer, "REVIEWER");
  await openClaim(reviewer, claim);
  await expect(reviewer.getByTestId("claim-panel").getByText("Unreviewed")).toBeVisible();

  await addSource(reviewer, { url: "https://kremlin.example/treaty", publisher: "Kremlin", stance: "SUPPORTS" });
  await addSource(reviewer, { url: "https://kcna.example/treaty", publisher: "KCNA", stance: "SUPPORTS" });
  const form = reviewer.getByRole("form", { name: "Add source" });
  await form.getByLabel("Source address").fill("https://kcna.example/treaty");
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form.getByRole("alert")).toHaveText("This source is already attached to the claim.");

  const verdict = reviewer.getByRole("form", { name: "Verdict" });
  await expect(verdict.getByText("The claim is accurate and nothing significant is missing.")).toBeVisible();
  await verdict.getByRole("radio", { name: /^True/ }).check();
  await verdict.getByLabel("One-line summary").fill("Both governments published the signed text.");
  await verdict.getByRole("checkbox", { name: "Kremlin" }).check();
  await verdict.getByRole("checkbox", { name: "KCNA" }).check();
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByRole("status")).toHaveText("Verdict saved");
  await reviewer.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(reviewer.getByTestId("claim-panel").getByText("Needs sign-off").first()).toBeVisible();
  await expect(reviewer.getByRole("button", { name: "Sign off" })).toHaveCount(0);

  const editor = await browser.newPage();
  await signInByHttp(editor, "EDITOR");
  await openClaim(editor, claim);
  await editor.getByRole("button", { name: "Sign off" }).click();
  await expect(editor.getByTestId("claim-panel").getByText("Verified").first()).toBeVisible();
  const history = editor.getByTestId("history");
  await expect(history).toContainText("Eddie Editor signed it off");
  await expect(history).toContainText("Rita Reviewer sent it for sign-off");
  await expect(history).toContainText("Rita Reviewer saved the verdict: True");
  await expect(history.getByText("Rita Reviewer added a source")).toHaveCount(2);
});

test("two reviewers edit the same claim: the second save is refused, names who changed it, and keeps the text", async ({
  browser,
}) => {
  const claim = "Seoul became a major investor in Russia’s economy.";
  const first = await browser.newPage();
  const second = await (await browser.newContext()).newPage();
  await signInByHttp(first, "REVIEWER");
  await signInByHttp(second, "EDITOR");
  await openClaim(first, claim);
  await openClaim(second, claim);

  await first.getByLabel("Claim wording").fill("Seoul became one of the largest investors in Russia's economy.");
  await first.getByRole("button", { name: "Save wording" }).click();
  await expect(first.getByRole("form", { name: "Edit claim" }).getByRole("status")).toHaveText("Saved");

  const mine = "Seoul invested heavily in Russia's economy before 2014.";
  await second.getByLabel("Claim wording").fill(mine);
  await second.getByRole("button", { name: "Save wording" }).click();
  await expect(second.getByRole("form", { name: "Edit claim" }).getByRole("alert")).toHaveText(
    /^Not saved — changed by Rita Reviewer at \d\d:\d\d UTC\./,
  );
  await expect(second.getByLabel("Claim wording")).toHaveValue(mine);

  // Their version beside mine; keeping mine saves it over theirs, as a change to their version.
  const compare = second.getByRole("region", { name: "Their version and yours" });
  await expect(compare.getByRole("group", { name: "Their version" })).toContainText(
    "Seoul became one of the largest investors in Russia's economy.",
  );
  await expect(compare.getByRole("group", { name: "Your version" })).toContainText(mine);
  await compare.getByRole("button", { name: "Keep mine and save" }).click();
  await expect(second.getByRole("form", { name: "Edit claim" }).getByRole("status")).toHaveText("Saved");
  await expect(compare).toHaveCount(0);
  await first.reload();
  await expect(first.getByLabel("Claim wording")).toHaveValue(mine);

  // The first reviewer's verdict collides with the editor's; they take the editor's instead.
  const verdictOf = (page: typeof first) => page.getByRole("form", { name: "Verdict" });
  await verdictOf(second).getByLabel("One-line summary").fill("The editor's summary.");
  await verdictOf(first).getByLabel("One-line summary").fill("The reviewer's summary.");
  await verdictOf(second)
    .getByRole("radio", { name: /^Mostly true/ })
    .check();
  await verdictOf(second).getByRole("button", { name: "Save verdict" }).click();
  await expect(verdictOf(second).getByRole("status")).toHaveText("Verdict saved");
  await verdictOf(first)
    .getByRole("radio", { name: /^Misleading/ })
    .check();
  await verdictOf(first).getByRole("button", { name: "Save verdict" }).click();
  const verdictCompare = verdictOf(first).getByRole("region", { name: "Their version and yours" });
  await expect(verdictCompare.getByRole("group", { name: "Their version" })).toContainText("The editor's summary.");
  await expect(verdictCompare.getByRole("group", { name: "Their version" })).toContainText("Mostly true");
  await expect(verdictCompare.getByRole("group", { name: "Your version" })).toContainText("Misleading");
  await verdictCompare.getByRole("button", { name: "Use theirs" }).click();
  await expect(verdictOf(first).getByLabel("One-line summary")).toHaveValue("The editor's summary.");
});

test("text typed into a claim's wording survives a reload of the claim", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await openClaim(page, "Russia and South Korea had expanding economic ties.");
  const typed = "Russia and South Korea built up their economic ties.";
  await page.getByLabel("Claim wording").fill(typed);
  await page.reload();
  await expect(page.getByLabel("Claim wording")).toHaveValue(typed);
  await expect(page.getByText("Your unsaved text from before was restored.")).toBeVisible();
  await page.getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByLabel("Claim wording")).not.toHaveValue(typed);
  await page.reload();
  await expect(page.getByLabel("Claim wording")).not.toHaveValue(typed);
});

test("keyboard: j and k move through the claims, ? lists the shortcuts, s jumps to the source form", async ({
  page,
}) => {
  await signInByHttp(page, "REVIEWER");
  await page.goto("/articles");
  await page.getByRole("link", { name: ARTICLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE);
  // Shortcuts work once the page has hydrated: retry the first key press until it does.
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(page).toHaveURL(/\?claim=/, { timeout: 1000 });
  }).toPass();
  const first = page.url();
  await page.keyboard.press("j");
  await expect(page).not.toHaveURL(first);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(first);
  await page.keyboard.press("s");
  await expect(page.getByLabel("Source address")).toBeFocused();
  await page.getByLabel("Source address").press("Escape");
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toContainText("Next claim");
});

test("a reviewer adds a claim by selecting words in the article", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await page.goto("/articles");
  await page.getByRole("link", { name: ARTICLE }).click();
  // Words no extracted claim covers (the extractor finds nothing to check in them).
  const phrase = "it is never known for being altruistic";
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE);
  const select = () =>
    page.evaluate((text) => {
      const root = document.querySelector("[data-article-text]")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
      throw new Error("phrase not found");
    }, phrase);
  await expect(async () => {
    await select();
    await expect(page.getByRole("button", { name: "Add claim from selection" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "Add claim from selection" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel).toContainText(`“${phrase}”`);
  await expect(page.getByLabel("Claim wording")).toHaveValue(phrase);
  await expect(panel.getByTestId("history")).toContainText("Rita Reviewer added the claim");
});

test("the claim list filters by type with counts, in the address", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await page.goto("/articles");
  await page.getByRole("link", { name: ARTICLE }).click();
  const chip = page.getByRole("link", { name: /^Statistic \d+$/ });
  const count = Number((await chip.innerText()).split(" ").pop());
  await chip.click();
  await expect(page).toHaveURL(/type=STATISTIC/);
  const claims = page.getByRole("complementary", { name: "Claims" }).getByTestId("claim");
  await expect(claims).toHaveCount(count);
  for (const text of await claims.allInnerTexts()) expect(text).toContain("Statistic");
});

test("a reviewer splits a claim in two, and merges it back", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await openClaim(page, "The North Koreans depended on their two main supporters, China and the USSR, for aid.");
  await page
    .getByLabel("The first claim ends after these words of the quote:")
    .fill("The North Koreans depended on their two main supporters, ");
  await page.getByRole("form", { name: "Split claim" }).getByRole("button", { name: "Split" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.getByRole("blockquote")).toHaveText("“The North Koreans depended on their two main supporters,”");
  await expect(panel.getByText("“China and the USSR, for aid”")).toBeVisible();
  await page.getByRole("button", { name: "Merge with the next claim" }).click();
  await expect(panel.getByRole("blockquote")).toHaveText(
    "“The North Koreans depended on their two main supporters, China and the USSR, for aid”",
  );
  await expect(panel.getByTestId("history")).toContainText("Rita Reviewer merged two claims");
});

test("two reviewers edit the same source: the second sees both versions and keeps theirs or saves over it", async ({
  browser,
}) => {
  const claim = "The Stimson Center is a foreign affairs think tank in Washington.";
  const first = await browser.newPage();
  const second = await (await browser.newContext()).newPage();
  await signInByHttp(first, "REVIEWER");
  await signInByHttp(second, "EDITOR");
  await openClaim(first, claim);
  await addSource(first, { url: "https://stimson.example/about", publisher: "Stimson", stance: "SUPPORTS" });
  await openClaim(second, claim);
  const editOf = async (page: typeof first) => {
    const item = page.getByTestId("sources").getByRole("listitem").first();
    if (!(await page.getByRole("form", { name: "Edit source" }).isVisible()))
      await item.getByRole("button", { name: "Edit" }).click();
    return page.getByRole("form", { name: "Edit source" });
  };
  const firstEdit = await editOf(first);
  const secondEdit = await editOf(second);
  await firstEdit.getByLabel("Publisher").fill("Stimson Center");
  await firstEdit.getByRole("button", { name: "Save source" }).click();
  await expect(first.getByTestId("sources")).toContainText("Stimson Center");

  await secondEdit.getByLabel("Publisher").fill("The Stimson Center, Washington");
  await secondEdit.getByLabel("Stance").selectOption("CONTEXT");
  await secondEdit.getByRole("button", { name: "Save source" }).click();
  await expect(secondEdit.getByRole("alert")).toHaveText(/^Not saved — changed by Rita Reviewer at \d\d:\d\d UTC\./);
  const compare = secondEdit.getByRole("region", { name: "Their version and yours" });
  await expect(compare.getByRole("group", { name: "Their version" })).toContainText("Stimson Center");
  await expect(compare.getByRole("group", { name: "Their version" })).toContainText("Supports");
  await expect(compare.getByRole("group", { name: "Your version" })).toContainText("The Stimson Center, Washington");
  await expect(compare.getByRole("group", { name: "Your version" })).toContainText("Context");

  // The typed fields survive a reload: the edit form opens again with them.
  await second.reload();
  const reopened = second.getByRole("form", { name: "Edit source" });
  await expect(reopened.getByLabel("Publisher")).toHaveValue("The Stimson Center, Washington");
  await reopened.getByRole("button", { name: "Save source" }).click();
  await expect(reopened.getByRole("status")).toHaveText("Source saved");
  await expect(second.getByTestId("sources")).toContainText("The Stimson Center, Washington · Context");
  await first.reload();
  await expect(first.getByTestId("sources")).toContainText("The Stimson Center, Washington · Context");
});

test("a reviewer edits and removes a source", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await openClaim(page, "Russia looked to South Korea.");
  await addSource(page, { url: "https://archive.example/ussr-rok", publisher: "Archive", stance: "CONTEXT" });
  const item = page.getByTestId("sources").getByRole("listitem").filter({ hasText: "Archive" });
  await item.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit source" });
  await edit.getByLabel("Publisher").fill("National Archive");
  await edit.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByTestId("sources")).toContainText("National Archive");
  await page
    .getByTestId("sources")
    .getByRole("listitem")
    .filter({ hasText: "National Archive" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByTestId("sources").getByRole("listitem")).toHaveCount(0);
  await expect(page.getByTestId("history")).toContainText("removed a source");
});
