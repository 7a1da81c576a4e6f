import { describe, expect, it } from "vitest";
import { createArticleSchema } from "./articles";
import { createUserSchema } from "./users";

describe("account input", () => {
  it("lower-cases and trims the email", () => {
    const parsed = createUserSchema.parse({
      email: "  Ana@Newsroom.ORG ",
      name: "Ana",
      role: "EDITOR",
      password: "long enough pw",
    });
    expect(parsed.email).toBe("ana@newsroom.org");
  });

  it.each([
    [
      { email: "not-an-email", name: "A", role: "EDITOR", password: "long enough pw" },
      "Enter a valid email address, like name@newsroom.org.",
    ],
    [{ email: "a@b.org", name: "", role: "EDITOR", password: "long enough pw" }, "Enter the person's name."],
    [
      { email: "a@b.org", name: "A", role: "OWNER", password: "long enough pw" },
      "Choose a role: admin, editor or reviewer.",
    ],
    [
      { email: "a@b.org", name: "A", role: "EDITOR", password: "short" },
      "Use at least 10 characters for the password.",
    ],
  ])("explains what is wrong with %j", (input, message) => {
    const result = createUserSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe(message);
  });
});

describe("article input", () => {
  it("refuses a body of only white space", () => {
    const result = createArticleSchema.safeParse({ title: "T", body: "   \n  " });
    expect(result.error?.issues[0].message).toBe("Paste the article text.");
  });

  it("accepts only http and https links", () => {
    const result = createArticleSchema.safeParse({ title: "T", body: "x", url: "javascript:alert(1)" });
    expect(result.error?.issues[0].message).toBe("Enter a web address starting with http:// or https://.");
    expect(createArticleSchema.parse({ title: "T", body: "x", url: "https://example.org/a" }).url).toBe(
      "https://example.org/a",
    );
  });

  it("treats empty optional fields as missing", () => {
    const parsed = createArticleSchema.parse({ title: "T", body: "x", outlet: " ", url: "" });
    expect(parsed.outlet).toBeUndefined();
    expect(parsed.url).toBeUndefined();
  });
});

describe("article dates", () => {
  it("treats an empty date field as no date and refuses a date that is not one", () => {
    expect(createArticleSchema.parse({ title: "T", body: "x", publishedAt: "" }).publishedAt).toBeUndefined();
    expect(createArticleSchema.parse({ title: "T", body: "x", publishedAt: "2024-06-18" }).publishedAt).toEqual(
      new Date("2024-06-18"),
    );
    expect(
      createArticleSchema.safeParse({ title: "T", body: "x", publishedAt: "next Tuesday-ish" }).error?.issues[0]
        .message,
    ).toBe("Enter the publication date as a date.");
  });
});
