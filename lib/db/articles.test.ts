import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestUser } from "../../test/factories";
import { createArticle, getArticleOrThrow, listArticles } from "./articles";
import { db } from "./client";
import { seedDatabase } from "./seed";

const seedsDir = path.resolve(__dirname, "../../seeds");

describe("articles (DAL)", () => {
  it("stores an article once and points a second copy at the first", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const first = await createArticle(reviewer, { title: "Budget", body: "The council approved a £4.2m budget.\r\n" });
    const again = await createArticle(reviewer, {
      title: "Budget (copy)",
      body: "the council approved a £4.2m budget.",
    });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true, claims: 0 });
    const stored = await getArticleOrThrow(reviewer, first.id);
    expect(stored).toMatchObject({
      title: "Budget",
      addedById: reviewer.id,
      body: "The council approved a £4.2m budget.",
    });
  });

  it("answers NOT_FOUND for an article that does not exist", async () => {
    const reviewer = await createTestUser("REVIEWER");
    await expect(getArticleOrThrow(reviewer, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses invalid input with a readable message and stores nothing", async () => {
    const reviewer = await createTestUser("REVIEWER");
    const before = await db().article.count();
    await expect(createArticle(reviewer, { title: "", body: "text" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "Give the article a title." })],
    });
    expect(await db().article.count()).toBe(before);
  });
});

describe("seeding", () => {
  it("loads the sample articles, ratings and demo accounts, and adds nothing on a second run", async () => {
    const first = await seedDatabase({ seedsDir, demoUsers: true });
    expect(first).toMatchObject({ ratings: 6, articlesAdded: 2, usersAdded: 3 });
    const second = await seedDatabase({ seedsDir, demoUsers: true });
    expect(second).toEqual({ ratings: 0, articlesAdded: 0, articlesKept: 2, usersAdded: 0 });

    const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@claimdesk.test" } });
    const list = await listArticles({ id: admin.id, role: admin.role, name: admin.name, email: admin.email });
    expect(list.map((a) => a.title)).toContain(
      "Russian-North Korean Bear Hug Is Tightening, as Putin, Kim Embrace at Pyongyang",
    );
    expect(list.find((a) => a.outlet === "The New York Sun")).toBeDefined();
  });

  it("seeds no demo accounts unless asked", async () => {
    const before = await db().user.count();
    const report = await seedDatabase({ seedsDir, demoUsers: false });
    expect(report.usersAdded).toBe(0);
    expect(await db().user.count()).toBe(before);
  });
});
