import { expect, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import { seedPublic } from "./fixtures/database";

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

test("each tab starts from its own defaults, and the queue shows its total with previous and next", async ({
  page,
}) => {
  const claim = seedPublic<{ articleId: string; claimId: string; text: string }>("signoff");
  await signInByHttp(page, "EDITOR");
  await page.goto("/queue?view=all&status=VERIFIED");
  await expect(page.getByRole("search").getByLabel("Status")).toHaveValue("VERIFIED");
  await page.getByRole("link", { name: "Waiting for my sign-off" }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByRole("search").getByLabel("Status")).toHaveCount(0);
  await expect(page.getByTestId("queue").getByRole("link", { name: claim.text })).toBeVisible();
  // An old link with a status for another view shows the view, not "No claims match".
  await page.goto("/queue?view=signoff&status=VERIFIED");
  await expect(page.getByTestId("queue").getByRole("link", { name: claim.text })).toBeVisible();

  await page.goto("/queue?view=all&limit=2");
  const total = page.getByTestId("queue-total");
  await expect(total).toHaveText(/^1–2 of [\d,]+ claims$/);
  // The total can show before the list has rendered; read the page once its two rows are there.
  const rows = page.getByTestId("queue").getByRole("listitem");
  await expect(rows).toHaveCount(2);
  const firstPage = await rows.allInnerTexts();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(total).toHaveText(/^3–4 of /);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next page" }).click();
  await expect(total).toHaveText(/^5–6 of /);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous page" }).click();
  await expect(total).toHaveText(/^3–4 of /);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous page" }).click();
  await expect(total).toHaveText(/^1–2 of /);
  await expect(rows).toHaveCount(2);
  expect(await rows.allInnerTexts()).toEqual(firstPage);
  await expect(
    page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous page" }),
  ).toHaveCount(0);
});
