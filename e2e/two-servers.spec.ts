import { expect, test } from "@playwright/test";
import { signInByForm, signInByHttp } from "./fixtures/auth";
import { seedPublic } from "./fixtures/database";
import { createSessionByForm } from "./fixtures/live-session";
import { correctedAndSignedOff, publishCorrection, publishedByEditor } from "./fixtures/publishing";
import { startSecondServer } from "./fixtures/second-server";

// Two stateless app servers on one Postgres, as behind a load balancer: A is the suite's server,
// B a second one started here. Nothing a server keeps for itself may show on the other.
const A = "http://localhost:3100";
let B: Awaited<ReturnType<typeof startSecondServer>>;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  B = await startSecondServer(3101, A);
});
test.afterAll(async () => {
  await B?.stop();
});

test("a correction published through server A is what a reader on server B gets at once, share image included", async ({
  browser,
}) => {
  const { claim, editor, publication, slug } = await publishedByEditor(browser, A);
  const reader = await (await browser.newContext({ baseURL: B.baseURL })).newPage();
  await reader.goto(`/verdicts/${slug}`);
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("True");
  const image = async () => {
    const response = await reader.request.get(`/verdicts/${slug}/share.png`);
    expect(response.headers()["content-type"]).toBe("image/png");
    return { bytes: await response.body(), cache: response.headers()["x-nextjs-cache"] };
  };
  const before = await image();
  // B serves the page and the card from the shared cache, not by rendering them again.
  const again = await image();
  expect(again.cache).toBe("HIT");
  expect(again.bytes.equals(before.bytes)).toBe(true);
  await reader.reload();
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("True");

  await correctedAndSignedOff(browser, editor, publication, claim);
  await publishCorrection(editor, publication);

  await reader.reload();
  await expect(reader.getByRole("region", { name: "Verdict" })).toContainText("Mostly true");
  await expect(reader.getByText(/^Correction on \d+ \w+ \d{4}\./)).toBeVisible();
  const after = await image();
  expect(after.bytes.equals(before.bytes)).toBe(false);
});

test("a reviewer on server B and an editor on server A see each other in a live session and get each other's changes", async ({
  browser,
}) => {
  const { title } = seedPublic<{ title: string }>("article");
  const editor = await (await browser.newContext({ baseURL: A })).newPage();
  await signInByHttp(editor, "EDITOR");
  const sessionPath = new URL(await createSessionByForm(editor, title, `Two servers ${Date.now()}`)).pathname;

  const reviewer = await (await browser.newContext({ baseURL: B.baseURL })).newPage();
  await signInByHttp(reviewer, "REVIEWER");
  await reviewer.goto(sessionPath);
  await expect(reviewer.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(editor.getByTestId("presence")).toContainText("Rita Reviewer");
  await expect(reviewer.getByTestId("presence")).toContainText("Eddie Editor");

  // An assignment made on A reaches the reviewer's page on B without a reload.
  const row = editor.getByTestId("session-claim").first();
  const claimText = (await row.getByRole("link").innerText()).trim();
  await row.getByRole("checkbox").check();
  await editor.getByLabel(/Assign 1 selected to/).selectOption({ label: "Rita Reviewer" });
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(reviewer.getByTestId("my-work")).toContainText(claimText);

  // The reviewer opens the claim on B; the editor's board on A says so.
  await reviewer.getByTestId("my-work").getByRole("link", { name: claimText }).click();
  await expect(reviewer.getByTestId("claim-panel")).toBeVisible();
  await expect(editor.getByTestId("session-claim").filter({ hasText: claimText })).toContainText(
    "Open now: Rita Reviewer",
  );
});

test("five failed sign-ins spread over both servers lock the account on both", async ({ browser }) => {
  const email = `spread-${Date.now()}@example.org`;
  const pages = [
    await (await browser.newContext({ baseURL: A })).newPage(),
    await (await browser.newContext({ baseURL: B.baseURL })).newPage(),
  ];
  for (let i = 0; i < 5; i++) {
    const page = pages[i % 2];
    await signInByForm(page, email, `wrong-${i}`);
    await expect(page.getByTestId("sign-in-error")).toHaveText("Email or password is incorrect.");
  }
  for (const page of pages) {
    await signInByForm(page, email, "wrong-again");
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    );
  }
});
