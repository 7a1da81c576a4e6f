import { describe, expect, it } from "vitest";
import { freePort } from "../../lib/infra/embedded-postgres";
import { assertReachable, describeDatabase, migrate } from "./database";

describe("startup database checks", () => {
  it("never prints the password of a connection string", () => {
    expect(describeDatabase("postgresql://app:s3cret@db.internal:5432/news")).toBe(
      "postgresql://app:***@db.internal:5432/news",
    );
  });

  it("explains in one line which database could not be reached", async () => {
    const port = await freePort();
    const url = `postgresql://app:s3cret@127.0.0.1:${port}/news`;
    const error = await assertReachable(url).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Cannot reach the database at postgresql://app:\\*\\*\\*@127\\.0\\.0\\.1:${port}/news: .*ECONNREFUSED`,
      ),
    );
    expect((error as Error).message).not.toContain("s3cret");
    expect((error as Error).message).not.toContain("\n");
  });

  it("reports a failed migration with the database named and the password hidden", async () => {
    const port = await freePort();
    expect(() => migrate(`postgresql://app:s3cret@127.0.0.1:${port}/news`)).toThrow(
      new RegExp(`^Migrating postgresql://app:\\*\\*\\*@127\\.0\\.0\\.1:${port}/news failed: `),
    );
  });
});
