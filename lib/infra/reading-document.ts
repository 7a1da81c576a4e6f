import { parseHTML } from "linkedom";

/**
 * The cache tag Next gives every page rendered under app/(public)/layout.tsx: the public pages,
 * which are read, not used as an app (plain links, no client components, no forms).
 */
export const READING_LAYOUT_TAG = "_N_T_/(public)/layout";

// Next's client runtime: its scripts, the React Server Components payload it hydrates from (inline
// `self.__next_f.push(…)` scripts, about two thirds of a verdict page), and the preloads for both.
const CLIENT_RUNTIME =
  'script:not([type="application/ld+json"]), link[rel="preload"][as="script"], link[rel="modulepreload"]';
// A Suspense boundary React left for the browser: still pending (`<!--$?-->`, its content streamed
// later, waiting hidden for a script to move it in) or rendered on the client only (`<!--$!-->`).
const NEEDS_SCRIPTS = /<!--\$[?!]-->/;

/**
 * A rendered page as a reader gets it from the cache: the same HTML without the client runtime,
 * since a page that hydrates nothing needs none of it. Structured data (`application/ld+json`)
 * stays. A document that needs its scripts to show all of its content is returned unchanged.
 */
export function withoutClientRuntime(html: string): string {
  if (NEEDS_SCRIPTS.test(html)) return html;
  const { document } = parseHTML(html);
  const runtime = document.querySelectorAll(CLIENT_RUNTIME);
  if (runtime.length === 0) return html;
  for (const node of runtime) node.remove();
  return document.toString();
}
