import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { AppError, GENERIC_ERROR_MESSAGE } from "../errors";
import { DATABASE_DOWN, signInErrorMessage } from "./sign-in-errors";

// Issue 19.7: with Postgres down the form showed "Can't reach database server at …".
describe("what the sign-in form says when something fails", () => {
  it("says the database cannot be reached, in the product's words, for a real refused connection", async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const err = await new pg.Client({ host: "127.0.0.1", port, user: "x", database: "x" })
      .connect()
      .catch((e: unknown) => e);
    expect(signInErrorMessage(err)).toBe(DATABASE_DOWN);
    expect(signInErrorMessage(err)).not.toContain("127.0.0.1");
  });

  it("passes the product's own messages through and hides anything else", () => {
    expect(
      signInErrorMessage(new AppError("LOCKED", "Too many failed sign-in attempts. Try again in 15 minutes.")),
    ).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(signInErrorMessage(new Error('invalid byte sequence for encoding "UTF8": 0x00'))).toBe(
      GENERIC_ERROR_MESSAGE,
    );
  });
});
