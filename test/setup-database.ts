import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Each test file gets a fresh database cloned from the migrated template.
const adminUrl = inject("pgAdminUrl");
const name = `t_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "claimdesk_template"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
  throw new Error("Tests only run against a local database.");
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { db } = await import("../lib/db/client");
  await db().$disconnect();
});
