import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanArticle } from "./clean";
import { parseDocument, type El } from "./dom";
import { readMetadata, type PageMetadata } from "./metadata";
import { blocksToText } from "./to-text";

export type ReadableArticle = PageMetadata & { text: string };

/**
 * The article body of a web page as plain text (blank lines between paragraphs) with its metadata.
 * Readability finds the body; cleanArticle then removes what it leaves in. Nothing on the page runs.
 */
export function extractReadable(html: string, opts: { url?: string } = {}): ReadableArticle {
  const doc = parseDocument(html);
  const metadata = readMetadata(doc, opts.url);
  const parsed = new Readability(doc as never, { keepClasses: true, charThreshold: 300 }).parse();
  if (!parsed?.content) return { ...metadata, text: "" };
  const body = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as El;
  cleanArticle(body);
  return {
    ...metadata,
    title: metadata.title ?? parsed.title ?? null,
    byline: metadata.byline ?? parsed.byline?.replace(/^by\s+/i, "").trim() ?? null,
    text: blocksToText(body),
  };
}
