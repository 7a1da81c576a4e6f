/**
 * Where to go after signing in: a path on this site, or the fallback. The callback is parsed as a URL
 * against the site's own origin, as a browser would, so `/\evil.example`, `//evil.example`, tabs and
 * other tricks that a browser turns into another host are refused.
 */
export function safeRedirectPath(raw: string | null | undefined, origin: string, fallback = "/articles"): string {
  if (!raw || !raw.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
