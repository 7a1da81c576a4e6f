import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/infra/embedded-postgres";
import { migrate } from "../scripts/lib/database";

export const TEMPLATE_DB = "claimdesk_template";

/** One embedded cluster per test run; a migrated template database that each test file copies. */
export default async function setup(project: TestProject) {
  const cluster = await startEmbeddedPostgres({ dir: ".data/test-pg", fresh: true });
  await cluster.ensureDatabase(TEMPLATE_DB);
  migrate(cluster.urlFor(TEMPLATE_DB));
  project.provide("pgAdminUrl", cluster.urlFor("postgres"));
  return async () => {
    await cluster.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
