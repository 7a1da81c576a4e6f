import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DEMO_USERS } from "../../seeds/demo-users";
import { RATING_SCALE } from "../../seeds/rating-scale";
import { hashPassword } from "../auth/password";
import { createArticle } from "./articles";
import { db } from "./client";
import { SYSTEM_ACTOR } from "./system-actor";

const manifestSchema = z.array(
  z.object({
    file: z.string(),
    outlet: z.string().nullable(),
    publishedAt: z.string().nullable(),
    url: z.string().optional(),
  }),
);

export type SeedReport = { ratings: number; articlesAdded: number; articlesKept: number; usersAdded: number };

/** Idempotent: running it again adds nothing that is already there. */
export async function seedDatabase(opts: { seedsDir: string; demoUsers: boolean }): Promise<SeedReport> {
  const report: SeedReport = { ratings: 0, articlesAdded: 0, articlesKept: 0, usersAdded: 0 };
  for (const rating of RATING_SCALE) {
    const found = await db().rating.findUnique({ where: { slug: rating.slug } });
    if (!found) {
      await db().rating.create({ data: rating });
      report.ratings++;
    }
  }

  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(opts.seedsDir, "articles.json"), "utf8")));
  for (const entry of manifest) {
    const body = readFileSync(path.join(opts.seedsDir, entry.file), "utf8");
    const title =
      body
        .split(/\r?\n/)
        .find((line) => line.trim())
        ?.trim() ?? entry.file;
    const result = await createArticle(SYSTEM_ACTOR, {
      title,
      body,
      outlet: entry.outlet ?? undefined,
      url: entry.url,
      publishedAt: entry.publishedAt ?? undefined,
    });
    if (result.duplicate) report.articlesKept++;
    else report.articlesAdded++;
  }

  if (opts.demoUsers) {
    for (const user of DEMO_USERS) {
      const found = await db().user.findUnique({ where: { email: user.email }, select: { id: true } });
      if (found) continue;
      const { password, ...rest } = user;
      await db().user.create({ data: { ...rest, passwordHash: await hashPassword(password) } });
      report.usersAdded++;
    }
  }
  return report;
}
