import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { Actor } from "../lib/auth/permissions";
import { db } from "../lib/db/client";

export const TEST_PASSWORD = "correct horse battery";

export async function createTestUser(role: Actor["role"], overrides: { disabled?: boolean } = {}): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@example.test`;
  const user = await db().user.create({
    data: {
      email,
      name: `${role} ${email.slice(-10)}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      ...overrides,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function ratingIds(): Promise<Record<string, string>> {
  const { RATING_SCALE } = await import("../seeds/rating-scale");
  await db().rating.createMany({ data: [...RATING_SCALE], skipDuplicates: true });
  return Object.fromEntries((await db().rating.findMany()).map((r) => [r.slug, r.id]));
}

export const claimVersion = async (claimId: string) =>
  (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;

type VerifyOptions = {
  reviewer: Actor;
  editor: Actor;
  rating?: string;
  summary?: string;
  rationale?: string;
  body?: string;
};

/**
 * A claim taken all the way to Verified through the real workflow: an article, two sources from
 * different publishers, a verdict by the reviewer, sign-off by the editor.
 */
export async function verifiedClaim(opts: VerifyOptions) {
  const { createArticle } = await import("../lib/db/articles");
  const { addSource } = await import("../lib/db/claims/sources");
  const { saveVerdict } = await import("../lib/db/claims/verdicts");
  const { transitionClaim } = await import("../lib/db/claims/workflow");
  const ratings = await ratingIds();
  const body =
    opts.body ??
    `The council approved a £4.2m flood budget on Monday ${randomBytes(3).toString("hex")}, officials said.`;
  const { id: articleId } = await createArticle(opts.reviewer, {
    title: "Flood budget",
    body,
    outlet: "Gazette",
    url: `https://gazette.example/${randomBytes(3).toString("hex")}`,
  });
  const claim = await db().claim.findFirstOrThrow({ where: { articleId } });
  const a = await addSource(opts.reviewer, {
    claimId: claim.id,
    url: "https://council.example/minutes",
    publisher: "City Council",
    stance: "SUPPORTS",
    primary: true,
    excerpt: "Approved: £4.2m",
  });
  const b = await addSource(opts.reviewer, {
    claimId: claim.id,
    url: "https://news.example/budget",
    publisher: "Courier",
    stance: "SUPPORTS",
    primary: false,
  });
  await saveVerdict(opts.reviewer, {
    claimId: claim.id,
    version: await claimVersion(claim.id),
    ratingId: ratings[opts.rating ?? "true"],
    summary: opts.summary ?? "The minutes record the vote.",
    rationale: opts.rationale ?? "The published minutes record the vote.",
    sourceIds: [a.id, b.id],
  });
  await transitionClaim(opts.reviewer, {
    claimId: claim.id,
    version: await claimVersion(claim.id),
    to: "REQUEST_SIGNOFF",
  });
  await transitionClaim(opts.editor, { claimId: claim.id, version: await claimVersion(claim.id), to: "SIGN_OFF" });
  return { claim, ratings, sourceIds: [a.id, b.id] };
}
