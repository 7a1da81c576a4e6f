import mammoth from "mammoth";
import { firstLine, textMetadata } from "./text-meta";
import { decodeArticleBytes } from "../extract/decode";
import { assertZipWithinLimit, TooLargeWhenUnpacked } from "../files/bounded-decompress";
import { decodeHtmlBytes } from "../readable/read-html-file";
import { extractReadable } from "../readable/readable";
import { MAX_UPLOAD_BYTES, UPLOAD_TYPES } from "./limits";
import { MAX_BODY_CHARS } from "../validation/articles";
import { markdownToText } from "./markdown";
import { FetchRefused, guardedFetch, type FetchOptions } from "./guarded-fetch";

/** An article ready to be previewed and saved; every field can still be edited by the person. */
export type ArticleDraft = {
  title: string;
  outlet?: string;
  byline?: string;
  url?: string;
  publishedAt?: string;
  body: string;
};

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export { MAX_UPLOAD_BYTES, UPLOAD_TYPES } from "./limits";

function fromHtml(html: string, url?: string): ArticleDraft {
  const page = extractReadable(html, { url });
  if (!page.text.trim()) throw new ImportError("No article text was found on that page.");
  return {
    title: page.title ?? firstLine(page.text),
    outlet: page.outlet ?? undefined,
    byline: page.byline ?? undefined,
    url: page.url ?? url,
    publishedAt: page.publishedAt ?? undefined,
    body: page.text,
  };
}

/** A draft longer than an article may be is refused here, so it never travels back to the browser. */
function bounded(draft: ArticleDraft, name: string): ArticleDraft {
  if (draft.body.length > MAX_BODY_CHARS) {
    throw new ImportError(
      `${name} holds ${draft.body.length.toLocaleString("en")} characters of text; an article may have at most ${MAX_BODY_CHARS.toLocaleString("en")}. Split it into parts.`,
    );
  }
  return draft;
}

async function readDocx(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  if (bytes.length === 0) throw new ImportError(`${name} is empty.`);
  await assertZipWithinLimit(bytes, name).catch((err) => {
    throw err instanceof TooLargeWhenUnpacked ? err : new ImportError(`${name} is not a readable Word document.`);
  });
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }).catch(() => {
    throw new ImportError(`${name} is not a readable Word document.`);
  });
  const body = value.replace(/\n{3,}/g, "\n\n").trim();
  if (!body) throw new ImportError(`${name} has no text in it.`);
  return { ...textMetadata(body), body };
}

/** Reads an uploaded .txt, .md, .html or .docx file; other files and oversized ones are refused. */
export async function draftFromFile(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  return bounded(await readFile(name, bytes), name);
}

async function readFile(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  const ext = name.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? "";
  if (!(UPLOAD_TYPES as readonly string[]).includes(ext))
    throw new ImportError(`${name}: claimdesk reads ${UPLOAD_TYPES.join(", ")} files.`);
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new ImportError(
      `${name} is ${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1e6} MB.`,
    );
  try {
    if (ext === ".html" || ext === ".htm") return fromHtml(decodeHtmlBytes(bytes, name));
    if (ext === ".docx") return await readDocx(name, bytes);
    const text = decodeArticleBytes(bytes, name);
    const body = ext === ".md" ? markdownToText(text) : text;
    return { ...textMetadata(body), body };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(err instanceof Error ? err.message : String(err));
  }
}

/** Fetches a public page and takes its readable text and metadata. */
export async function draftFromUrl(url: string, opts: FetchOptions): Promise<ArticleDraft> {
  try {
    const page = await guardedFetch(url, opts);
    if (/^text\/plain/i.test(page.contentType)) {
      const body = decodeArticleBytes(page.body, page.url);
      return bounded({ title: firstLine(body), url: page.url, body }, "The page");
    }
    return bounded(fromHtml(decodeHtmlBytes(page.body, page.url), page.url), "The page");
  } catch (err) {
    if (err instanceof FetchRefused || err instanceof ImportError) throw new ImportError(err.message);
    throw new ImportError(err instanceof Error ? err.message : String(err));
  }
}
