/** `npm run seed [-- --demo]`: seeds the database in DATABASE_URL (or the embedded one). */
import path from "node:path";
import { env } from "../lib/env";
import { assertReachable, migrate, resolveDatabase } from "./lib/database";

async function main() {
  const config = env();
  const root = path.resolve(__dirname, "..");
  const database = await resolveDatabase({ externalUrl: config.DATABASE_URL, dataDir: path.resolve(root, config.CLAIMDESK_DATA_DIR) });
  process.env.DATABASE_URL = database.url;
  try {
    await assertReachable(database.url);
    migrate(database.url);
    const { seedDatabase } = await import("../lib/db/seed");
    const report = await seedDatabase({ seedsDir: path.join(root, "seeds"), demoUsers: process.argv.includes("--demo") || !!database.embedded });
    console.log(`Seeded ${report.ratings} ratings, ${report.articlesAdded} articles (${report.articlesKept} already there), ${report.usersAdded} demo accounts.`);
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
