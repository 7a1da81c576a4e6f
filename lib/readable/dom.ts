import { parseHTML } from "linkedom";

// linkedom's types are loose; these are the parts of the DOM this module uses.
export type El = {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  parentNode: El | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
  remove(): void;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null } & Partial<El>>;
};
export type Doc = El & { documentElement: El; head: El | null; body: El | null; title: string };

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "param",
]);
const MAX_DEPTH = 300;

/** Drops tags nested deeper than any real page needs: hostile nesting would overflow the parsers' stacks. */
export function limitNesting(html: string, max = MAX_DEPTH): string {
  let depth = 0;
  const dropped = new Map<string, number>();
  return html.replace(
    /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g,
    (tag, closing: string, rawName: string, selfClosing: string) => {
      const name = rawName.toLowerCase();
      if (VOID.has(name) || selfClosing) return tag;
      if (closing) {
        const pending = dropped.get(name) ?? 0;
        if (pending > 0) {
          dropped.set(name, pending - 1);
          return "";
        }
        depth = Math.max(0, depth - 1);
        return tag;
      }
      if (depth >= max) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        return "";
      }
      depth++;
      return tag;
    },
  );
}

/**
 * Parses HTML without running anything: scripts, styles and templates are removed as text before
 * parsing (they are never executed, and huge inline scripts cost parse time for nothing).
 */
export function parseDocument(html: string): Doc {
  const inert = html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[^]*?<\/script\s*>/gi, "")
    .replace(/<(style|noscript|template|svg)\b[^>]*>[^]*?<\/\1\s*>/gi, "")
    .replace(/<!--[^]*?-->/g, "");
  // linkedom needs a document element: wrap fragments and plain text.
  const whole = /<html[\s>]/i.test(inert) ? inert : `<!doctype html><html><head></head><body>${inert}</body></html>`;
  return parseHTML(limitNesting(whole)).document as unknown as Doc;
}

export function textOf(el: { textContent: string | null } | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}
