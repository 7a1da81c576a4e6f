import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { signInByHttp } from "./fixtures/auth";

const ARTICLE = /Putin and Kim forged closer ties/;

test("an editor exports an article's claims as XLSX and CSV, and a selection with nothing verified is explained", async ({
  page,
}) => {
  await signInByHttp(page, "EDITOR");
  await page.goto("/exports");
  const form = page.getByRole("form", { name: "Export claims" });
  const option = await form.getByLabel("Claims from").locator("option", { hasText: ARTICLE }).getAttribute("value");
  await form.getByLabel("Claims from").selectOption(option!);
  await form.getByLabel("Include claims that are not verified yet, with their status").check();

  const [xlsxDownload] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Export" }).click(),
  ]);
  // The file says what it holds: the article's first words and the day.
  await expect(page.getByTestId("export-result")).toContainText(
    /Saved claims-putin-and-kim-forged-closer-ties[\w-]*-\d{4}-\d{2}-\d{2}\.xlsx/,
  );
  expect(xlsxDownload.suggestedFilename()).toMatch(
    /^claims-putin-and-kim-forged-closer-ties[\w-]*-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsxDownload.path())!);
  const claims = workbook.getWorksheet("Claims")!;
  expect(claims.getRow(1).getCell(2).value).toBe("Claim");
  expect(claims.rowCount).toBeGreaterThan(30);
  expect(workbook.getWorksheet("About")!.getRow(3).values).toContain("Eddie Editor <editor@claimdesk.test>");

  await form.getByLabel("CSV (.csv)").check();
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Export" }).click(),
  ]);
  const rows = parse(readFileSync((await csvDownload.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.length).toBe(claims.rowCount - 1);
  expect(rows.some((r) => r.Claim.includes("Seoul"))).toBe(true);
  // Labels a partner reads, not database codes.
  expect(new Set(rows.map((r) => r.Status))).not.toContain("UNREVIEWED");
  expect(rows.every((r) => /^[A-Z][a-z]/.test(r.Type))).toBe(true);

  await form.getByLabel("ClaimReview feed (.jsonld)").check();
  await form.getByRole("button", { name: "Export" }).click();
  await expect(page.getByTestId("export-result")).toHaveText("Nothing in this selection is published yet.");
});

test("exports need sign-in, and a reviewer cannot include drafts", async ({ page }) => {
  const anonymous = await page.request.get("/api/exports?articleId=x&format=csv");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "Please sign in to continue." });
  await signInByHttp(page, "REVIEWER");
  const refused = await page.request.get("/api/exports?articleId=x&format=csv&includeAll=true");
  expect(refused.status()).toBe(403);
  const badFormat = await page.request.get("/api/exports?articleId=x&format=pdf");
  expect(badFormat.status()).toBe(400);
  expect((await badFormat.json()).error).toBe("Choose a format: csv, xlsx, json or claimreview.");
});

test("an editor exports exactly what a filtered queue view shows", async ({ page }) => {
  await signInByHttp(page, "EDITOR");
  await page.goto("/queue?view=all&q=Pyongyang");
  const listed = await page.getByTestId("queue").getByRole("link").allInnerTexts();
  expect(listed.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Export this view" }).click();
  const form = page.getByRole("form", { name: "Export claims" });
  await expect(form.getByLabel("Claims from").locator("option:checked")).toHaveText(
    "Queue: all claims, search “Pyongyang”",
  );
  await form.getByLabel("Include claims that are not verified yet, with their status").check();
  await form.getByLabel("CSV (.csv)").check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Export" }).click(),
  ]);
  const rows = parse(readFileSync((await download.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.Claim).sort()).toEqual(listed.map((t) => t.trim()).sort());
});
