import { expect, test, type Page } from "@playwright/test";
import { signInByForm, signInByHttp } from "./fixtures/auth";
import { uniqueEmail } from "./fixtures/users";

async function fillCreateForm(page: Page, account: { name?: string; email: string; password: string }) {
  const form = page.getByRole("form", { name: "Create account" });
  if (account.name) await form.getByLabel("Name").fill(account.name);
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Initial password").fill(account.password);
  await form.getByRole("button", { name: "Create account" }).click();
  return form;
}

test("an admin creates a reviewer, who can then sign in; a duplicate email is refused", async ({ page, browser }) => {
  const email = uniqueEmail("new-reviewer");
  await signInByHttp(page, "ADMIN");
  await page.goto("/admin/users");
  await page.getByRole("form", { name: "Create account" }).getByLabel("Role").selectOption("REVIEWER");
  const form = await fillCreateForm(page, { name: "Nadia New", email, password: "a long initial password" });
  await expect(form.getByRole("status")).toHaveText(`Account created for ${email}.`);
  await expect(page.getByTestId(`user-${email}`)).toContainText("Nadia New");

  await fillCreateForm(page, { name: "Nadia Again", email: email.toUpperCase(), password: "another long password" });
  await expect(form.getByRole("status")).toHaveText(`An account for ${email} already exists.`);

  const other = await browser.newContext();
  const newPage = await other.newPage();
  await signInByForm(newPage, email, "a long initial password");
  await expect(newPage.getByTestId("current-user")).toContainText("Nadia New");
  await other.close();
});

test("the create form explains invalid input next to the field", async ({ page }) => {
  await signInByHttp(page, "ADMIN");
  await page.goto("/admin/users");
  const form = await fillCreateForm(page, { email: "not-an-email", password: "short" });
  await expect(form.getByText("Enter the person's name.")).toBeVisible();
  await expect(form.getByText("Enter a valid email address, like name@newsroom.org.")).toBeVisible();
  await expect(form.getByText("Use at least 10 characters for the password.")).toBeVisible();
});

test("a disabled account cannot sign in", async ({ page, browser }) => {
  const email = uniqueEmail("leaver");
  await signInByHttp(page, "ADMIN");
  await page.goto("/admin/users");
  await fillCreateForm(page, { name: "Lee Leaver", email, password: "a long initial password" });
  const row = page.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved");

  const other = await browser.newContext();
  const newPage = await other.newPage();
  await signInByForm(newPage, email, "a long initial password");
  await expect(newPage.getByTestId("sign-in-error")).toHaveText(
    "This account is disabled. Ask an admin to re-enable it.",
  );
  await other.close();
});
