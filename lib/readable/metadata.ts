import { textOf, type Doc } from "./dom";

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  outlet: string | null;
};

type JsonLd = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

function jsonLdItems(doc: Doc): JsonLd[] {
  const items: JsonLd[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const data = JSON.parse(scripts[i].textContent ?? "");
      const queue: unknown[] = Array.isArray(data) ? [...data] : [data];
      while (queue.length) {
        const item = queue.shift();
        if (!item || typeof item !== "object") continue;
        const graph = (item as JsonLd)["@graph"];
        if (Array.isArray(graph)) queue.push(...graph);
        items.push(item as JsonLd);
      }
    } catch {
      // A page's broken JSON-LD is its problem; the other metadata still counts.
    }
  }
  const isArticle = (i: JsonLd) => [i["@type"]].flat().some((t) => typeof t === "string" && ARTICLE_TYPES.test(t));
  return items
    .filter(isArticle)
    .sort((a, b) => Number(String(b["@type"]).includes("Article")) - Number(String(a["@type"]).includes("Article")));
}

function names(value: unknown): string | null {
  const list = [value]
    .flat()
    .map((v) => (typeof v === "string" ? v : (v as { name?: unknown } | null)?.name))
    .filter((v): v is string => typeof v === "string" && !!v.trim());
  return list.length ? list.map((n) => n.trim()).join(", ") : null;
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, " ").trim();
  if (outlet) t = t.replace(new RegExp(`\\s*[|–—-]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "i"), "");
  return t || null;
}

/** Title, byline, date, canonical address and outlet from JSON-LD, OpenGraph, meta tags and <time>. */
export function readMetadata(doc: Doc, pageUrl?: string): PageMetadata {
  const ld = jsonLdItems(doc)[0] ?? {};
  const outlet =
    names(ld.publisher) ?? meta(doc, "og:site_name", "application-name", "twitter:site")?.replace(/^@/, "") ?? null;
  const title =
    (typeof ld.headline === "string" ? ld.headline : null) ??
    meta(doc, "og:title", "twitter:title") ??
    (textOf(doc.querySelector("h1")) || null) ??
    doc.title ??
    null;
  const authorMeta = meta(doc, "author", "article:author", "byl", "sailthru.author", "parsely-author");
  const byline =
    names(ld.author) ?? (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta.replace(/^by\s+/i, "") : null);
  const published =
    isoDate(typeof ld.datePublished === "string" ? ld.datePublished : null) ??
    isoDate(
      meta(
        doc,
        "article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "DC.date.issued",
        "parsely-pub-date",
        "og:published_time",
      ),
    ) ??
    isoDate(doc.querySelector("time[datetime]")?.getAttribute("datetime"));
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    meta(doc, "og:url") ??
    (typeof ld.url === "string" ? ld.url : null) ??
    pageUrl ??
    null;
  let url: string | null = null;
  try {
    url = canonical ? new URL(canonical, pageUrl).toString() : null;
  } catch {
    url = null;
  }
  return {
    title: cleanTitle(title, outlet),
    byline,
    publishedAt: published,
    url: url && /^https?:/.test(url) ? url : null,
    outlet,
  };
}
