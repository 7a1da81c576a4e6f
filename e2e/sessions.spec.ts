import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { signInByHttp } from "./fixtures/auth";
import { dropEventFeed, seedPublic } from "./fixtures/database";
import { createSessionByForm } from "./fixtures/live-session";

type SeededSession = {
  sessionId: string;
  name: string;
  verifiedText: string;
  outsider: { email: string; password: string };
};

// Set once the page has loaded; still set later only if the page was never reloaded.
const markPage = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { loadedOnce: boolean }).loadedOnce = true;
  });
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce === true);

test("an editor runs a live session: assignments, verdicts and missed changes reach the other page without reload", async ({
  browser,
}) => {
  const { title } = seedPublic<{ title: string }>("article");
  const editor = await (await browser.newContext()).newPage();
  await signInByHttp(editor, "EDITOR");
  const sessionUrl = await createSessionByForm(editor, title, `Live night ${Date.now()}`);

  const reviewer = await (await browser.newContext()).newPage();
  await signInByHttp(reviewer, "REVIEWER");
  await reviewer.goto(sessionUrl);
  await expect(reviewer.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(editor.getByTestId("presence")).toContainText("Rita Reviewer");
  await markPage(reviewer);
  await markPage(editor);

  // The editor assigns a claim; it appears under the reviewer's own work without a reload.
  const row = editor.getByTestId("session-claim").first();
  const claimText = (await row.getByRole("link").innerText()).trim();
  await row.getByRole("checkbox").check();
  await editor.getByLabel(/Assign 1 selected to/).selectOption({ label: "Rita Reviewer" });
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(reviewer.getByTestId("my-work")).toContainText(claimText, { timeout: 3000 });
  expect(await stillSamePage(reviewer)).toBe(true);

  // The reviewer writes a verdict in a second tab; the editor's page shows it without a reload.
  const work = await reviewer.context().newPage();
  await work.goto(sessionUrl);
  await work.getByTestId("my-work").getByRole("link", { name: claimText }).click();
  await expect(work.getByTestId("claim-panel")).toBeVisible();
  await expect(editor.getByTestId("session-claim").filter({ hasText: claimText })).toContainText(
    "Open now: Rita Reviewer",
  );
  const source = work.getByRole("form", { name: "Add source" });
  await source.getByLabel("Source address").fill("https://archive.example/port-briefing");
  await source.getByLabel("Publisher").fill("State Archive");
  await source.getByLabel("Stance").selectOption("REFUTES");
  await source.getByRole("button", { name: "Add source" }).click();
  await expect(work.getByTestId("sources")).toContainText("State Archive");
  const verdict = work.getByRole("form", { name: "Verdict" });
  await verdict.getByRole("radio", { name: /^Misleading/ }).check();
  await verdict.getByLabel("One-line summary").fill("The archive tells a different story.");
  await verdict.getByRole("checkbox", { name: "State Archive" }).check();
  await verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdict.getByRole("status")).toHaveText("Verdict saved");
  const editorRow = editor.getByTestId("session-claim").filter({ hasText: claimText });
  await expect(editorRow).toContainText("Misleading", { timeout: 3000 });
  await expect(editorRow).toContainText("In review");
  expect(await stillSamePage(editor)).toBe(true);

  // The event connection is killed and the editor's network is down; what happens meanwhile
  // arrives once it is back.
  await editor.context().setOffline(true);
  expect(await dropEventFeed()).toBe(1);
  await expect(editor.getByRole("status").filter({ hasText: "Offline — reconnecting…" })).toBeVisible();
  await work.getByRole("button", { name: "Send for sign-off" }).click();
  await expect(work.getByTestId("claim-panel").getByText("Needs sign-off").first()).toBeVisible();
  await editor.context().setOffline(false);
  await expect(editor.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(editorRow).toContainText("Needs sign-off");
  expect(await stillSamePage(editor)).toBe(true);
});

test("only members can open a session or follow its events", async ({ browser }) => {
  const { sessionId, outsider } = seedPublic<SeededSession>("session");
  const anonymous = await (await browser.newContext()).newPage();
  const refused = await anonymous.request.get(`/api/sessions/${sessionId}/events`);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "Please sign in to continue." });

  const stranger = await (await browser.newContext()).newPage();
  await signInByHttp(stranger, outsider);
  const forbidden = await stranger.request.get(`/api/sessions/${sessionId}/events`);
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.json()).toEqual({ error: "Only members of this session (and editors) can open it." });
  expect((await stranger.goto(`/sessions/${sessionId}`))!.status()).toBe(403);
  await stranger.goto("/sessions");
  await expect(stranger.getByText("No sessions yet.")).toBeVisible();
});

test("an editor closes a blind session, reads the summary with agreement, and exports its verified claims as XLSX and CSV", async ({
  page,
}) => {
  const seeded = seedPublic<SeededSession>("session");
  await signInByHttp(page, "EDITOR");
  await page.goto(`/sessions/${seeded.sessionId}`);
  await expect(page.getByTestId("session-claim").filter({ hasText: "Disagree: False vs Misleading" })).toBeVisible();
  await expect(page.getByTestId("progress")).toContainText("Open claims over time");
  await page.getByRole("button", { name: "Close session" }).click();
  // Closing asks first, with what is still open; "Keep it open" changes nothing.
  const ask = page.getByRole("alertdialog", { name: "Close this session?" });
  await expect(ask).toContainText("3 claims are still open.");
  await ask.getByRole("button", { name: "Keep it open" }).click();
  await expect(ask).toHaveCount(0);
  await page.getByRole("button", { name: "Close session" }).click();
  await ask.getByRole("button", { name: "Close session now" }).click();
  await expect(page.getByRole("heading", { name: "Session summary" })).toBeVisible();
  const figures = page.getByTestId("summary-figures");
  await expect(figures.getByText("Claims checked")).toBeVisible();
  await expect(figures.locator("div", { hasText: "Claims checked" }).locator("dd")).toHaveText("1");
  await expect(page.getByRole("region", { name: "Blind double review agreement" })).toContainText(
    "Over 3 claims rated by both reviewers: 67% agreement, Cohen's kappa 0.50.",
  );

  await page.getByRole("link", { name: "Export the session's claim sheet" }).click();
  const form = page.getByRole("form", { name: "Export claims" });
  await expect(form.getByLabel("Claims from")).toHaveValue(`session:${seeded.sessionId}`);
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Export" }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const sheet = workbook.getWorksheet("Claims")!;
  expect(sheet.rowCount).toBe(2);
  expect(String(sheet.getRow(2).getCell(2).value)).toBe(seeded.verifiedText);
  expect(workbook.getWorksheet("About")!.getSheetValues().flat()).toContain(
    `Session “${seeded.name}”, verified claims`,
  );

  await form.getByLabel("CSV (.csv)").check();
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Export" }).click(),
  ]);
  const rows = parse(readFileSync((await csv.path())!, "utf8"), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.Claim, r.Status, r.Rating])).toEqual([[seeded.verifiedText, "Verified", "True"]]);

  // Closed too early: an editor opens it again.
  await page.goto(`/sessions/${seeded.sessionId}`);
  await page.getByRole("button", { name: "Reopen session" }).click();
  await expect(page.getByRole("button", { name: "Close session" })).toBeVisible();
});

test("in a blind session a reviewer sees and changes only their own rating; the editor sees the pair", async ({
  browser,
}) => {
  const { sessionId } = seedPublic<SeededSession>("session");
  const reviewer = await (await browser.newContext()).newPage();
  await signInByHttp(reviewer, "REVIEWER");
  await reviewer.goto(`/sessions/${sessionId}`);
  const row = reviewer.getByTestId("session-claim").filter({ hasText: "Unemployment fell to 5.1%" });
  await expect(row).toContainText("Blind ratings: 2/2");
  await expect(row).not.toContainText("Agree");
  await expect(row.getByLabel("Your blind rating").locator("option:checked")).toHaveText("False");
  await expect(reviewer.getByTestId("my-work")).toContainText("Unemployment fell to 5.1%");

  const editor = await (await browser.newContext()).newPage();
  await signInByHttp(editor, "EDITOR");
  await editor.goto(`/sessions/${sessionId}`);
  const editorRow = editor.getByTestId("session-claim").filter({ hasText: "Unemployment fell to 5.1%" });
  await expect(editorRow).toContainText("Disagree: False vs Misleading");

  await row.getByLabel("Your blind rating").selectOption({ label: "Misleading" });
  await expect(editorRow).toContainText("Agree: Misleading");
});
