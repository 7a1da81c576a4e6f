/** `npm run seed [-- --demo]`: seeds the database in DATABASE_URL (or the embedded one). */
import path from "node:path";
import { env } from "../lib/env";
import { withScriptDatabase } from "./lib/database";

async function main() {
  const config = env();
  const root = path.resolve(__dirname, "..");
  await withScriptDatabase(path.resolve(root, config.CLAIMDESK_DATA_DIR), async (database) => {
    const { seedDatabase } = await import("../lib/db/seed");
    const report = await seedDatabase({
      seedsDir: path.join(root, "seeds"),
      demoUsers: process.argv.includes("--demo") || !!database.embedded,
    });
    console.log(
      `Seeded ${report.ratings} ratings, ${report.articlesAdded} articles (${report.articlesKept} already there), ${report.usersAdded} demo accounts.`,
    );
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
