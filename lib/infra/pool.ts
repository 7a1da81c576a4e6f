import pg from "pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type Result = { fields?: Field[] } | undefined;

function rewriteNameFields(result: Result): Result {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * Works around prisma/orm#27403: through the pg adapter, migrate cannot deserialize
 * Postgres `name` columns, so results report them as `text`. Handles both the promise
 * and the callback form of query(), since pg.Pool.query passes a callback.
 */
class NameAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: Result) => last(err, rewriteNameFields(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (out && typeof (out as Promise<Result>).then === "function") {
      return (out as Promise<Result>).then(rewriteNameFields);
    }
    return out;
  }
}

type PoolOptions = { max?: number; allowExitOnIdle?: boolean; statementTimeoutMs?: number };

/**
 * `allowExitOnIdle` lets short-lived processes (the migrate CLI, scripts) exit without waiting for idle
 * timeouts. `statementTimeoutMs` (0 = none) bounds every statement, so no query can hold a connection
 * for minutes; named batch jobs raise it for their own transaction with `SET LOCAL`.
 */
export function createPool(connectionString: string, opts: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: opts.max ?? 10,
    allowExitOnIdle: opts.allowExitOnIdle ?? false,
    Client: NameAsTextClient,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
  });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process; the pool replaces it.
  pool.on("error", (err: Error & { code?: string }) => {
    // 57P01 is the server shutting down (an embedded database stopping at the end of a script): expected.
    if (err.code !== "57P01") console.error(`[db] idle connection closed: ${err.message}`);
  });
  return pool;
}
