import "server-only";
import type { Prisma } from "./generated/prisma/client";
import type { PublicIndexQuery } from "../validation/publications";
import { readSnapshot } from "../publish/snapshot";
import { db } from "./client";

/**
 * Everything the public pages read, and nothing else: only publications, their published verdict
 * versions and the sources those versions rest on. No drafts, notes, comments or email addresses
 * are selected here, so none can reach a public page.
 */

const ratingFields = { slug: true, label: true, definition: true, color: true, ordinal: true, onScale: true } as const;
const PAGE_SIZE = 20;

/**
 * The scale readers choose from (active ratings), and ClaimReview's best and worst values, taken
 * over every rating on the true–false scale (retired ones too, so an old verdict still lies within).
 */
export async function ratingScale() {
  const [ratings, bounds] = await Promise.all([
    db().rating.findMany({ where: { active: true }, orderBy: { ordinal: "desc" }, select: ratingFields }),
    db().rating.aggregate({ where: { onScale: true }, _min: { ordinal: true }, _max: { ordinal: true } }),
  ]);
  return { ratings, best: bounds._max.ordinal ?? 1, worst: bounds._min.ordinal ?? 1 };
}

/** The parts of a verdict version and of the public change log that a verdict page shows. */
export const publicVerdictFields = {
  version: true,
  summary: true,
  rationale: true,
  signedOffAt: true,
  rating: { select: ratingFields },
  author: { select: { name: true } },
  signedOffBy: { select: { name: true } },
} as const;
export const publicEventFields = {
  kind: true,
  note: true,
  createdAt: true,
  claimText: true,
  verdict: { select: { version: true, summary: true, rating: { select: { label: true } } } },
} as const;

/** A verdict page: the frozen verdict version, and the claim, article and sources as they were published. */
export async function getPublicVerdict(slug: string) {
  const publication = await db().publication.findUnique({
    where: { slug },
    select: {
      slug: true,
      firstPublishedAt: true,
      updatedAt: true,
      unpublishedAt: true,
      unpublishReason: true,
      claimText: true,
      claimQuote: true,
      speaker: true,
      snapshot: true,
      verdict: { select: publicVerdictFields },
      events: { orderBy: { createdAt: "desc" }, select: publicEventFields },
    },
  });
  if (!publication) return null;
  const { verdict, snapshot, claimText, claimQuote, speaker, ...rest } = publication;
  const { article, sources } = readSnapshot(snapshot);
  return { ...rest, claim: { text: claimText, quote: claimQuote, speaker, article }, verdict: { ...verdict, sources } };
}
export type PublicVerdict = NonNullable<Awaited<ReturnType<typeof getPublicVerdict>>>;

function indexWhere(query: PublicIndexQuery, outlet: string | null): Prisma.PublicationWhereInput {
  const and: Prisma.PublicationWhereInput[] = [{ unpublishedAt: null }];
  if (query.rating) and.push({ verdict: { rating: { slug: query.rating } } });
  // An exact outlet from the published ones: a case-insensitive "equals" would be ILIKE, where % and _ match anything.
  if (query.outlet) and.push(outlet ? { claim: { article: { outlet } } } : { id: { in: [] } });
  if (query.from) and.push({ firstPublishedAt: { gte: query.from } });
  if (query.to) and.push({ firstPublishedAt: { lt: new Date(query.to.getTime() + 86_400_000) } });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" } as const;
    and.push({
      OR: [
        { claimText: contains },
        { claimQuote: contains },
        { speaker: contains },
        { verdict: { summary: contains } },
      ],
    });
  }
  return { AND: and };
}

/** The public index: newest first, filtered, one page at a time. */
export async function listPublicVerdicts(query: PublicIndexQuery) {
  const wanted = query.outlet?.toLowerCase();
  const outlet = wanted ? ((await publishedOutlets()).find((o) => o.toLowerCase() === wanted) ?? null) : null;
  const where = indexWhere(query, outlet);
  const [total, items] = await Promise.all([
    db().publication.count({ where }),
    db().publication.findMany({
      where,
      orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        slug: true,
        firstPublishedAt: true,
        updatedAt: true,
        claimText: true,
        speaker: true,
        snapshot: true,
        verdict: { select: { summary: true, rating: { select: ratingFields } } },
        _count: { select: { events: { where: { kind: { in: ["CORRECTION", "UPDATE"] } } } } },
      },
    }),
  ]);
  const published = items.map(({ claimText, speaker, snapshot, ...item }) => ({
    ...item,
    claim: { text: claimText, speaker, article: readSnapshot(snapshot).article },
  }));
  return { total, items: published, page: query.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Outlets that have at least one published verdict, for the index's filter. */
export async function publishedOutlets(): Promise<string[]> {
  const rows = await db().article.findMany({
    where: { outlet: { not: null }, claims: { some: { publication: { is: { unpublishedAt: null } } } } },
    distinct: ["outlet"],
    select: { outlet: true },
    orderBy: { outlet: "asc" },
  });
  return rows.map((r) => r.outlet!);
}

/** New verdicts, corrections, updates and withdrawals, newest first, for the feed, each with the wording it published. */
export async function recentPublicationEvents(limit = 50) {
  const events = await db().publicationEvent.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      note: true,
      createdAt: true,
      claimText: true,
      verdict: { select: { summary: true, rating: { select: { label: true } } } },
      publication: { select: { slug: true, unpublishedAt: true, claimText: true } },
    },
  });
  return events.map(({ claimText, publication, ...e }) => ({
    ...e,
    publication: {
      slug: publication.slug,
      unpublishedAt: publication.unpublishedAt,
      claim: { text: claimText ?? publication.claimText },
    },
  }));
}

/** Every verdict page, withdrawn ones included (their notice is public), for the sitemap. */
export function publicationPages() {
  return db().publication.findMany({ orderBy: { firstPublishedAt: "desc" }, select: { slug: true, updatedAt: true } });
}
