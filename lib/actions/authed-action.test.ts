import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestUser } from "../../test/factories";
import type { Actor } from "../auth/permissions";
import { buildAuthedAction } from "./authed-action";

// The wrapper with the session replaced by a given actor: everything after the session is the real code.
const actionAs = (actor: Actor | null) =>
  buildAuthedAction(async () => actor)(
    { schema: z.object({ n: z.number({ error: "Give a number." }) }), permission: "verdict.signoff" },
    async (_a, { n }) => n * 2,
  );

describe("the server action wrapper", () => {
  it("refuses a signed-out request before reading its input", async () => {
    expect(await actionAs(null)({ n: 2 })).toEqual({
      ok: false,
      code: "UNAUTHENTICATED",
      message: "Please sign in to continue.",
    });
  });

  it("refuses a role without the permission on the server", async () => {
    expect(await actionAs(await createTestUser("REVIEWER"))({ n: 2 })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Your role does not allow this.",
    });
  });

  it("answers invalid input with field errors, and runs the action for an allowed role", async () => {
    const editor = await createTestUser("EDITOR");
    expect(await actionAs(editor)({ n: "two" })).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: "Give a number.",
      fieldErrors: { n: ["Give a number."] },
    });
    expect(await actionAs(editor)({ n: 2 })).toEqual({ ok: true, data: 4 });
  });
});
