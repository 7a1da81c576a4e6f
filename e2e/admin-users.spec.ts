import { expect, test } from "@playwright/test";
import { signInByForm, signInByHttp } from "./fixtures/auth";
import { uniqueEmail } from "./fixtures/users";

test("an admin creates a reviewer, who can then sign in; a duplicate email is refused", async ({ page, browser }) => {
  const email = uniqueEmail("new-reviewer");
  await signInByHttp(page, "ADMIN");
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Name").fill("Nadia New");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("REVIEWER");
  await form.getByLabel("Initial password").fill("a long initial password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText(`Account created for ${email}.`);
  await expect(page.getByTestId(`user-${email}`)).toContainText("Nadia New");

  await form.getByLabel("Name").fill("Nadia Again");
  await form.getByLabel("Email").fill(email.toUpperCase());
  await form.getByLabel("Initial password").fill("another long password");
  await form.getByRole("button", { name: "Create account" }).click();
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
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Enter the person's name.")).toBeVisible();
  await expect(form.getByText("Enter a valid email address, like name@newsroom.org.")).toBeVisible();
  await expect(form.getByText("Use at least 10 characters for the password.")).toBeVisible();
});

test("a disabled account cannot sign in", async ({ page, browser }) => {
  const email = uniqueEmail("leaver");
  await signInByHttp(page, "ADMIN");
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Name").fill("Lee Leaver");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Initial password").fill("a long initial password");
  await form.getByRole("button", { name: "Create account" }).click();
  const row = page.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved");

  const other = await browser.newContext();
  const newPage = await other.newPage();
  await signInByForm(newPage, email, "a long initial password");
  await expect(newPage.getByTestId("sign-in-error")).toHaveText("This account is disabled. Ask an admin to re-enable it.");
  await other.close();
});
