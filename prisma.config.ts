import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/infra/migration-adapter";

// Migrations run on Prisma's Wasm schema engine through the pg driver adapter,
// so the CLI never downloads a native engine.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return createMigrationAdapter(url);
  },
});
