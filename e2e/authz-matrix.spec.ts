import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { signInByHttp } from "./fixtures/auth";
import { seedPublic } from "./fixtures/database";
import { DEMO } from "./fixtures/users";

/**
 * Who gets what, decided on the server: every page, route handler and server action of the
 * production build, for every kind of visitor, from the tables below. The build's own manifests
 * list the routes and actions, so one added without an entry here fails the coverage tests.
 */

type Visitor = "anonymous" | "reviewer" | "outsider" | "editor" | "admin";
const VISITORS: Visitor[] = ["anonymous", "reviewer", "outsider", "editor", "admin"];
type Fixture = {
  sessionId: string;
  articleId: string;
  claimId: string;
  slug: string;
  blindClaimId: string;
  ratingId: string;
  outsider: { email: string; password: string };
};

// "sign-in": a redirect to the sign-in page. Numbers: the HTTP status.
type Outcome = "sign-in" | number;
const everyone = (status: number): Record<Visitor, Outcome> => ({
  anonymous: status,
  reviewer: status,
  outsider: status,
  editor: status,
  admin: status,
});
const staff: Record<Visitor, Outcome> = { anonymous: "sign-in", reviewer: 200, outsider: 200, editor: 200, admin: 200 };
const editors: Record<Visitor, Outcome> = {
  anonymous: "sign-in",
  reviewer: 403,
  outsider: 403,
  editor: 200,
  admin: 200,
};
const members: Record<Visitor, Outcome> = {
  anonymous: "sign-in",
  reviewer: 200,
  outsider: 403,
  editor: 200,
  admin: 200,
};

type RouteEntry = {
  path: (f: Fixture) => string;
  method?: "GET" | "POST";
  body?: unknown;
  expect: Record<Visitor, Outcome>;
};

/** Pages and route handlers, keyed by their route in app/ (groups left out). */
const ROUTES: Record<string, RouteEntry> = {
  "/": { path: () => "/", expect: everyone(200) },
  "/methodology": { path: () => "/methodology", expect: everyone(200) },
  "/verdicts": { path: () => "/verdicts", expect: everyone(200) },
  "/verdicts/[slug]": { path: (f) => `/verdicts/${f.slug}`, expect: everyone(200) },
  "/verdicts/[slug]/share.png": { path: (f) => `/verdicts/${f.slug}/share.png`, expect: everyone(200) },
  "/feed.xml": { path: () => "/feed.xml", expect: everyone(200) },
  "/sitemap.xml": { path: () => "/sitemap.xml", expect: everyone(200) },
  "/robots.txt": { path: () => "/robots.txt", expect: everyone(200) },
  "/icon.svg": { path: () => "/icon.svg", expect: everyone(200) },
  "/sign-in": { path: () => "/sign-in", expect: everyone(200) },
  "/articles": { path: () => "/articles", expect: staff },
  "/articles/new": { path: () => "/articles/new", expect: staff },
  "/articles/[articleId]": { path: (f) => `/articles/${f.articleId}?claim=${f.claimId}`, expect: staff },
  "/claims/[claimId]/publish": { path: (f) => `/claims/${f.claimId}/publish`, expect: editors },
  "/queue": { path: () => "/queue?view=all", expect: staff },
  "/exports": { path: () => "/exports", expect: staff },
  "/sessions": { path: () => "/sessions", expect: staff },
  "/sessions/new": { path: () => "/sessions/new", expect: editors },
  "/sessions/[sessionId]": { path: (f) => `/sessions/${f.sessionId}`, expect: members },
  "/sessions/[sessionId]/summary": { path: (f) => `/sessions/${f.sessionId}/summary`, expect: members },
  "/admin/users": { path: () => "/admin/users", expect: { ...editors, editor: 403 } },
  "/api/health": { path: () => "/api/health", expect: everyone(200) },
  "/api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: everyone(200) },
  "/api/exports": {
    path: (f) => `/api/exports?sessionId=${f.sessionId}&format=csv`,
    expect: { anonymous: 401, reviewer: 200, outsider: 403, editor: 200, admin: 200 },
  },
  // An empty article is refused as input (400) only once the caller may save articles.
  "/api/articles": {
    path: () => "/api/articles",
    method: "POST",
    body: {},
    expect: { anonymous: 401, reviewer: 400, outsider: 400, editor: 400, admin: 400 },
  },
  "/api/articles/[articleId]/matching": {
    path: (f) => `/api/articles/${f.articleId}/matching`,
    expect: { anonymous: 401, reviewer: 200, outsider: 200, editor: 200, admin: 200 },
  },
  "/api/sessions/[sessionId]/events": {
    path: (f) => `/api/sessions/${f.sessionId}/events`,
    expect: { anonymous: 401, reviewer: 200, outsider: 403, editor: 200, admin: 200 },
  },
  "/api/sessions/[sessionId]/presence": {
    path: (f) => `/api/sessions/${f.sessionId}/presence`,
    method: "POST",
    body: {},
    expect: { anonymous: 401, reviewer: 204, outsider: 403, editor: 204, admin: 204 },
  },
};

const SIGN_IN = "Please sign in to continue.";
const ROLE = "Your role does not allow this.";
const MEMBER = "Only members of this session (and editors) can open it.";
// "allowed": past every authorisation check (the invalid input below then fails validation, or the action runs).
type ActionOutcome = "allowed" | string;
const anyRole: Record<Visitor, ActionOutcome> = {
  anonymous: SIGN_IN,
  reviewer: "allowed",
  outsider: "allowed",
  editor: "allowed",
  admin: "allowed",
};
const editorRole: Record<Visitor, ActionOutcome> = {
  anonymous: SIGN_IN,
  reviewer: ROLE,
  outsider: ROLE,
  editor: "allowed",
  admin: "allowed",
};
const adminRole: Record<Visitor, ActionOutcome> = { ...editorRole, editor: ROLE };

type ActionEntry = { input?: (f: Fixture) => unknown; expect: Record<Visitor, ActionOutcome> };

/** Every server action, keyed by module and export. Without an input, `{}` is sent: nothing is written. */
const ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/articles.ts#previewArticleAction": { expect: anyRole },
  "lib/actions/articles.ts#draftFromUploadAction": { expect: anyRole },
  "lib/actions/articles.ts#draftFromUrlAction": { expect: anyRole },
  "lib/actions/articles.ts#decideMatchAction": { expect: anyRole },
  "lib/actions/articles.ts#reextractArticleAction": { expect: anyRole },
  "lib/actions/articles.ts#reuseMatchSourcesAction": { expect: anyRole },
  "lib/actions/articles.ts#reuseMatchVerdictAction": { expect: anyRole },
  "lib/actions/claims.ts#editClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#addClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#dismissClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#restoreClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#addSourceAction": { expect: anyRole },
  "lib/actions/claims.ts#removeSourceAction": { expect: anyRole },
  "lib/actions/claims.ts#updateSourceAction": { expect: anyRole },
  "lib/actions/claims.ts#saveVerdictAction": { expect: anyRole },
  "lib/actions/claims.ts#transitionClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#splitClaimAction": { expect: anyRole },
  "lib/actions/claims.ts#mergeClaimsAction": { expect: anyRole },
  "lib/actions/publications.ts#publishClaimAction": { expect: editorRole },
  "lib/actions/publications.ts#unpublishClaimAction": { expect: editorRole },
  "lib/actions/sessions.ts#createSessionAction": { expect: editorRole },
  "lib/actions/sessions.ts#assignClaimsAction": { expect: editorRole },
  "lib/actions/sessions.ts#autoAssignAction": { expect: editorRole },
  "lib/actions/sessions.ts#closeSessionAction": { expect: editorRole },
  "lib/actions/sessions.ts#reopenSessionAction": { expect: editorRole },
  // Membership is checked inside: a real rating of a real session claim.
  "lib/actions/sessions.ts#rateBlindAction": {
    input: (f) => ({ sessionId: f.sessionId, claimId: f.blindClaimId, ratingId: f.ratingId }),
    expect: {
      anonymous: SIGN_IN,
      reviewer: "allowed",
      outsider: MEMBER,
      editor: "Only the two reviewers assigned to this claim rate it blind.",
      admin: "Only the two reviewers assigned to this claim rate it blind.",
    },
  },
  "lib/actions/users.ts#createUserAction": { expect: adminRole },
  "lib/actions/users.ts#updateUserAction": { expect: adminRole },
};

const root = path.resolve(__dirname, "..");
const manifest = (name: string) => JSON.parse(readFileSync(path.join(root, ".next/server", name), "utf8"));
// "/(public)/verdicts/[slug]/share.png/route" → "/verdicts/[slug]/share.png"
const routeOf = (appPath: string) => appPath.replace(/\/\([^)]+\)/g, "").replace(/\/(page|route)$/, "") || "/";
const builtRoutes = () => Object.keys(manifest("app-paths-manifest.json")).filter((p) => !/^\/_/.test(p));
const builtActions = () =>
  Object.entries(
    manifest("server-reference-manifest.json").node as Record<
      string,
      { workers: Record<string, unknown>; filename: string; exportedName: string }
    >,
  );

test("every page and route handler of the build has an entry in the access table", () => {
  expect(
    builtRoutes()
      .map(routeOf)
      .filter((r) => !ROUTES[r])
      .sort(),
  ).toEqual([]);
  expect(Object.keys(ROUTES).filter((r) => !builtRoutes().map(routeOf).includes(r))).toEqual([]);
});

test("every server action of the build has an entry in the access table", () => {
  const keys = builtActions().map(([, a]) => `${a.filename}#${a.exportedName}`);
  expect(keys.filter((k) => !ACTIONS[k]).sort()).toEqual([]);
  expect(Object.keys(ACTIONS).filter((k) => !keys.includes(k))).toEqual([]);
});

test("a refused page says so in words, inside the workbench", async ({ page }) => {
  await signInByHttp(page, "REVIEWER");
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test.describe("the access matrix", () => {
  let fixture: Fixture;
  test.beforeAll(() => {
    fixture = seedPublic<Fixture>("access");
  });

  /** The visitor's cookies after signing in through next-auth's own endpoints (none when signed out). */
  async function cookiesOf(visitor: Visitor, baseURL: string): Promise<string> {
    if (visitor === "anonymous") return "";
    const account = { reviewer: DEMO.REVIEWER, outsider: fixture.outsider, editor: DEMO.EDITOR, admin: DEMO.ADMIN }[
      visitor
    ];
    const context = await playwrightRequest.newContext({ baseURL });
    const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
    expect(
      (
        await context.post("/api/auth/callback/credentials", {
          form: { csrfToken, email: account.email, password: account.password, json: "true" },
        })
      ).ok(),
    ).toBe(true);
    const { cookies } = await context.storageState();
    await context.dispose();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  }

  for (const visitor of VISITORS) {
    test(`${visitor}: every page and route answers as the table says`, async ({ baseURL }) => {
      const cookie = await cookiesOf(visitor, baseURL!);
      const got: Record<string, Outcome> = {};
      const expected: Record<string, Outcome> = {};
      for (const [route, entry] of Object.entries(ROUTES)) {
        const url = entry.path(fixture);
        const controller = new AbortController();
        const response = await fetch(new URL(url, baseURL), {
          method: entry.method ?? "GET",
          redirect: "manual",
          signal: controller.signal,
          headers: {
            cookie,
            origin: new URL(baseURL!).origin,
            ...(entry.body ? { "content-type": "application/json" } : {}),
          },
          body: entry.body ? JSON.stringify(entry.body) : undefined,
        });
        // Event streams never end: the status is what counts.
        controller.abort();
        const location = response.headers.get("location") ?? "";
        got[route] =
          response.status >= 300 && response.status < 400 && /\/sign-in/.test(location) ? "sign-in" : response.status;
        expected[route] = entry.expect[visitor];
      }
      expect(got).toEqual(expected);
    });

    test(`${visitor}: every server action answers as the table says`, async ({ baseURL }) => {
      const cookie = await cookiesOf(visitor, baseURL!);
      const got: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const [id, action] of builtActions()) {
        const key = `${action.filename}#${action.exportedName}`;
        const entry = ACTIONS[key];
        // Invoked as the browser does: a POST to a page that holds the action, its id in a header.
        const page = routeOf(`/${Object.keys(action.workers)[0].replace(/^app\//, "")}`)
          .replace("[articleId]", fixture.articleId)
          .replace("[claimId]", fixture.claimId)
          .replace("[sessionId]", fixture.sessionId);
        const response = await fetch(new URL(page, baseURL), {
          method: "POST",
          headers: {
            cookie,
            origin: new URL(baseURL!).origin,
            "next-action": id,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
          },
          body: JSON.stringify([entry.input ? entry.input(fixture) : {}]),
        });
        const line = (await response.text()).split("\n").find((l) => l.startsWith("1:"));
        const result =
          line && !line.startsWith("1:E") ? (JSON.parse(line.slice(2)) as { ok: boolean; message?: string }) : null;
        const message = result && !result.ok ? result.message! : null;
        // An authorisation refusal is reported as such; a validation or domain answer means the action got past authorisation.
        got[key] = !result
          ? `no answer (HTTP ${response.status})`
          : message && ([SIGN_IN, ROLE, MEMBER].includes(message) || message === entry.expect[visitor])
            ? message
            : "allowed";
        expected[key] = entry.expect[visitor];
      }
      expect(got).toEqual(expected);
    });
  }
});
