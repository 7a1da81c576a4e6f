import "server-only";
import { waitingView } from "../auth/landing";
import { Prisma } from "./generated/prisma/client";
import { assertCan, can, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { queueQuerySchema, type QueueQuery } from "../validation/queue";
import { db } from "./client";
import { parseInput } from "../validation/parse-input";

export type QueueRow = {
  id: string;
  text: string;
  status: string;
  type: string;
  score: number;
  createdAt: Date;
  articleId: string;
  articleTitle: string;
  assigneeName: string | null;
};
export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };

function encodeCursor(row: QueueRow, sort: "score" | "date"): string {
  return Buffer.from(JSON.stringify([sort === "score" ? row.score : row.createdAt.toISOString(), row.id])).toString(
    "base64url",
  );
}

function decodeCursor(cursor: string, sort: "score" | "date"): [number | Date, string] {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof id !== "string") throw new Error("id");
    if (sort === "score" && typeof value === "number") return [value, id];
    if (sort === "date" && typeof value === "string" && !Number.isNaN(Date.parse(value))) return [new Date(value), id];
  } catch {
    // fall through to the error below
  }
  throw new AppError("INVALID_INPUT", "That page link is out of date; start again from the first page.");
}

function viewCondition(actor: Actor, view: string): Prisma.Sql | null {
  switch (view) {
    case "mine":
      return Prisma.sql`c."assigneeId" = ${actor.id} AND c.status IN ('UNREVIEWED', 'IN_REVIEW', 'NEEDS_SIGNOFF')`;
    case "unassigned":
      return Prisma.sql`c."assigneeId" IS NULL AND c.status IN ('UNREVIEWED', 'IN_REVIEW')`;
    case "signoff":
      if (!can(actor, "verdict.signoff")) throw new AppError("FORBIDDEN", "Only editors sign claims off.");
      // Waiting for *my* sign-off: never a verdict I wrote myself.
      return Prisma.sql`c.status = 'NEEDS_SIGNOFF' AND NOT EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = c.id AND v."signedOffAt" IS NULL AND v."authorId" = ${actor.id})`;
    default:
      return null;
  }
}

/** `WHERE a AND b …`, or nothing when there is no condition. */
const whereAll = (where: Prisma.Sql[]) =>
  where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;

/** The queue's filters (view, status, type, score, and the text search when asked) as SQL: the one statement of them. */
function queueConditions(actor: Actor, q: QueueQuery & { view: string }, search: boolean): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const view = viewCondition(actor, q.view);
  if (view) where.push(view);
  if (q.status) where.push(Prisma.sql`c.status = ${q.status}::"ClaimStatus"`);
  if (q.type) where.push(Prisma.sql`c.type = ${q.type}::"ClaimType"`);
  if (q.minScore !== undefined) where.push(Prisma.sql`c.score >= ${q.minScore}`);
  if (search && q.q) where.push(Prisma.sql`c."searchVector" @@ websearch_to_tsquery('english', ${q.q})`);
  return where;
}

const EXPORTABLE_MATCHES = 10_000;

/**
 * What a queue view holds, as a claim filter for exporting it: the listing's own conditions, run
 * once to find the claims (at most EXPORTABLE_MATCHES), so the sheet holds exactly what the queue shows.
 */
export async function queueWhere(actor: Actor, input: QueueQuery): Promise<Prisma.ClaimWhereInput> {
  const q = parseInput(queueQuerySchema, input);
  const where = queueConditions(actor, q, true);
  const ids = await db().$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Claim" c ${whereAll(where)}
    LIMIT ${EXPORTABLE_MATCHES + 1}`;
  if (ids.length > EXPORTABLE_MATCHES) {
    throw new AppError(
      "INVALID_INPUT",
      `This view holds more than ${EXPORTABLE_MATCHES.toLocaleString("en-GB")} claims; narrow it, or export an article or a session.`,
    );
  }
  return { id: { in: ids.map((r) => r.id) } };
}

/** Counted up to this many; past it the queue says "more than". */
export const COUNT_LIMIT = 10_000;

/** How many claims the view holds with its filters (up to COUNT_LIMIT + 1), for "342 claims". */
export async function countQueue(actor: Actor, input: QueueQuery): Promise<number> {
  assertCan(actor, "article.read");
  const q = parseInput(queueQuerySchema, input);
  const where = queueConditions(actor, q, true);
  const [{ n }] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Claim" c ${whereAll(where)} LIMIT ${COUNT_LIMIT + 1}) s`;
  return Number(n);
}

/** The number the navigation shows beside Queue: claims assigned to a reviewer, or waiting for an editor's sign-off. */
export async function waitingCount(actor: Actor): Promise<number> {
  return countQueue(actor, { view: waitingView(actor.role) });
}

const DENSE_MATCHES = 10_000;

/**
 * How to run a text search, decided by a bounded count through the text index: sorting a few
 * thousand matches is fast, and so is walking the sort index when matches are everywhere; the
 * wrong choice of the two is what makes a search slow.
 */
async function searchPlan(text: string): Promise<"sparse" | "dense"> {
  const [{ n }] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', ${text}) LIMIT ${DENSE_MATCHES}) s`;
  return Number(n) < DENSE_MATCHES ? "sparse" : "dense";
}

/**
 * The review queue: one keyset-paginated query per page (no OFFSET), text search through the
 * full-text index, filters that match the partial indexes of the queue migration.
 */
export async function listQueue(actor: Actor, input: QueueQuery): Promise<QueuePage> {
  assertCan(actor, "article.read");
  const q = parseInput(queueQuerySchema, input);
  const search = q.q ? await searchPlan(q.q) : null;
  const where = queueConditions(actor, q, search === "dense");
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, q.sort);
    where.push(
      q.sort === "score"
        ? Prisma.sql`(c.score, c.id) < (${value}, ${id})`
        : Prisma.sql`(c."createdAt", c.id) < (${value}, ${id})`,
    );
  }
  const order = q.sort === "score" ? Prisma.sql`c.score DESC, c.id DESC` : Prisma.sql`c."createdAt" DESC, c.id DESC`;
  // Few matches: collect them through the text index first, then sort them; many: walk the sort index and filter.
  const found =
    search === "sparse"
      ? Prisma.sql`WITH found AS MATERIALIZED (SELECT id FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', ${q.q}))`
      : Prisma.empty;
  const rows = await db().$queryRaw<QueueRow[]>`
    ${found}
    SELECT c.id, c.text, c.status::text AS status, c.type::text AS type, c.score, c."createdAt", c."articleId",
           a.title AS "articleTitle", u.name AS "assigneeName"
    FROM "Claim" c
    ${search === "sparse" ? Prisma.sql`JOIN found f ON f.id = c.id` : Prisma.empty}
    JOIN "Article" a ON a.id = c."articleId"
    LEFT JOIN "User" u ON u.id = c."assigneeId"
    ${whereAll(where)}
    ORDER BY ${order}
    LIMIT ${q.limit + 1}`;
  const page = rows.slice(0, q.limit);
  return { rows: page, nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1], q.sort) : null };
}
