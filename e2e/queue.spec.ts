import { expect, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";

test("the queue searches claim text, keeps its filters in the address, pages on, and opens a claim", async ({
  page,
}) => {
  await signInByHttp(page, "EDITOR");
  await page.goto("/queue");
  await expect(page.getByRole("link", { name: "Waiting for my sign-off" })).toBeVisible();
  await page.getByRole("link", { name: "All claims" }).click();
  await expect(page.getByRole("link", { name: "All claims" })).toHaveAttribute("aria-current", "page");
  const search = page.getByRole("search", { name: "Filter the queue" });
  await search.getByLabel("Search claims").fill("shells");
  await search.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/view=all/);
  await expect(page).toHaveURL(/q=shells/);
  const rows = page.getByTestId("queue").getByRole("listitem");
  await expect(rows.filter({ hasText: "up to five million shells" }).first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toMatch(/shell/);

  // The same address opened fresh shows the same filtered queue: the link can be shared.
  const shared = page.url();
  await page.goto("/articles");
  await page.goto(shared);
  await expect(page.getByRole("search").getByLabel("Search claims")).toHaveValue("shells");

  await page.goto("/queue?view=all");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(page.getByTestId("queue").getByRole("listitem").first()).toBeVisible();

  await page.goto("/queue?view=all&q=Vostochny");
  await page.getByTestId("queue").getByRole("link").first().click();
  await expect(page.getByTestId("claim-panel")).toContainText("Vostochny");
});

test("a reviewer does not get the sign-off view, and a broken filter falls back with a message", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  await page.goto("/queue?view=signoff");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only editors sign claims off.");
  await expect(page.getByRole("link", { name: "Waiting for my sign-off" })).toHaveCount(0);
  await page.goto("/queue?sort=sideways");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Showing the default queue.");
});
