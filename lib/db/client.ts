import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl, env } from "../env";
import { createPool } from "../infra/pool";

function createClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg(createPool(url, { statementTimeoutMs: env().CLAIMDESK_STATEMENT_TIMEOUT_MS })),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process (and per database URL, so test files each get their own database).
const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: Map<string, Db> };

export function db(): Db {
  const url = databaseUrl();
  const clients = (globalForPrisma.claimdeskPrisma ??= new Map());
  let client = clients.get(url);
  if (!client) {
    client = createClient(url);
    clients.set(url, client);
  }
  return client;
}
