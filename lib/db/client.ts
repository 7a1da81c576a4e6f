import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl, env } from "../env";
import { createPool } from "../infra/pool";

function createClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type Connection = { client: Db; pool: pg.Pool };

// One client per process (and per database URL, so test files each get their own database).
const globalForPrisma = globalThis as unknown as { claimdeskPrisma?: Map<string, Connection> };

function connection(): Connection {
  const url = databaseUrl();
  const connections = (globalForPrisma.claimdeskPrisma ??= new Map());
  let found = connections.get(url);
  if (!found) {
    const pool = createPool(url, { statementTimeoutMs: env().CLAIMDESK_STATEMENT_TIMEOUT_MS });
    found = { client: createClient(pool), pool };
    connections.set(url, found);
  }
  return found;
}

export function db(): Db {
  return connection().client;
}

/**
 * The client's own connection pool, for bulk reads that stream many thousands of rows (exports):
 * Prisma's decoding of raw results costs about a third of a 100,000-row export.
 */
export function bulkReads(): pg.Pool {
  return connection().pool;
}
