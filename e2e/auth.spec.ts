import { readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../lib/extract/extract";
import { expect, test } from "@playwright/test";
import { signInByForm, signInByHttp } from "./fixtures/auth";
import { DEMO, uniqueEmail } from "./fixtures/users";

test.describe("signing in and out", () => {
  const landing = {
    REVIEWER: { url: /\/queue\?view=mine$/, heading: "Queue", tab: "Assigned to me" },
    EDITOR: { url: /\/queue\?view=signoff$/, heading: "Queue", tab: "Waiting for my sign-off" },
    ADMIN: { url: /\/admin\/users$/, heading: "Users", tab: null },
  } as const;
  for (const role of ["ADMIN", "EDITOR", "REVIEWER"] as const) {
    test(`${role.toLowerCase()} signs in with the form and lands where their work starts`, async ({ page }) => {
      await signInByForm(page, DEMO[role].email, DEMO[role].password);
      await expect(page).toHaveURL(landing[role].url);
      await expect(page.getByTestId("current-user")).toContainText(DEMO[role].name);
      await expect(page.getByRole("heading", { level: 1, name: landing[role].heading })).toBeVisible();
      const tab = landing[role].tab;
      if (tab)
        await expect(
          page.getByRole("navigation", { name: "Queue views" }).getByRole("link", { name: tab }),
        ).toHaveAttribute("aria-current", "page");
      const adminLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" });
      await expect(adminLink).toHaveCount(role === "ADMIN" ? 1 : 0);
    });
  }

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await signInByForm(page, DEMO.EDITOR.email, "not-the-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is incorrect.");
    await signInByForm(page, uniqueEmail("nobody"), "whatever-password");
    await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("repeated failures lock the email for a while", async ({ page }) => {
    const email = uniqueEmail("guess");
    for (let i = 0; i < 5; i++) {
      await signInByForm(page, email, `wrong-${i}`);
      await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is incorrect.");
    }
    await signInByForm(page, email, "wrong-again");
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    );
  });

  test("signing out ends the session", async ({ page }) => {
    await signInByHttp(page, "REVIEWER");
    await page.goto("/articles");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("the article list", () => {
  test("shows the seeded sample articles with outlet and date", async ({ page }) => {
    await signInByHttp(page, "REVIEWER");
    await page.goto("/articles");
    const row = page.getByRole("row", { name: /Russian-North Korean Bear Hug/ });
    await expect(row).toContainText("The New York Sun");
    await expect(row).toContainText("18 Jun 2024");
    // As many as the extractor finds in the sample (the same code the seed ran).
    const found = extractClaims(readFileSync(path.resolve(__dirname, "../seeds/000_ea10111e25c66036.txt"), "utf8"))
      .claims.length;
    await expect(row.getByTestId("claim-count")).toHaveText(String(found));
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Russian-North Korean Bear Hug/);
    await expect(page.getByText("Messrs. Putin and Kim are to sign", { exact: false }).first()).toBeVisible();
    const claims = page.getByRole("complementary", { name: "Claims" }).getByTestId("claim");
    await expect(
      claims.filter({ hasText: "Mr. Kim met Mr. Putin at the Vostochny cosmodrome near the Amur River." }),
    ).toHaveCount(1);
    await expect(claims.filter({ hasText: "Kremlin pool" })).toHaveCount(0);
    await page.getByRole("button", { name: "Run extraction again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kept" })).toHaveText(
      `Kept 0 reviewed claims, replaced ${found}, found ${found}.`,
    );
    await expect(claims).toHaveCount(found);
  });
});
