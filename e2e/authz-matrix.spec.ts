import { expect, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import type { DemoRole } from "./fixtures/users";

// Route × role: what each visitor gets, decided on the server (status codes, not hidden buttons).
const matrix: { path: string; anonymous: "sign-in" | number; roles: Record<DemoRole, number> }[] = [
  { path: "/articles", anonymous: "sign-in", roles: { ADMIN: 200, EDITOR: 200, REVIEWER: 200 } },
  { path: "/queue", anonymous: "sign-in", roles: { ADMIN: 200, EDITOR: 200, REVIEWER: 200 } },
  { path: "/articles/new", anonymous: "sign-in", roles: { ADMIN: 200, EDITOR: 200, REVIEWER: 200 } },
  { path: "/admin/users", anonymous: "sign-in", roles: { ADMIN: 200, EDITOR: 403, REVIEWER: 403 } },
  { path: "/", anonymous: 200, roles: { ADMIN: 200, EDITOR: 200, REVIEWER: 200 } },
];

for (const { path, anonymous, roles } of matrix) {
  test(`signed-out visitor on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    if (anonymous === "sign-in") await expect(page).toHaveURL(/\/sign-in/);
    else expect(response?.status()).toBe(anonymous);
  });

  for (const [role, status] of Object.entries(roles) as [DemoRole, number][]) {
    test(`${role.toLowerCase()} on ${path} gets ${status}`, async ({ page }) => {
      await signInByHttp(page, role);
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      if (status === 403) await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    });
  }
}
