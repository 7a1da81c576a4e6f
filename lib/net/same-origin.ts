const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request must come from a page of this site: its Origin header names the host the
 * request was sent to. A form or `fetch` from another site (even a text/plain one, which needs no
 * preflight) carries that site's origin, or none, and is refused.
 */
export function isSameOriginRequest(req: Request): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return true;
  const origin = req.headers.get("origin");
  const host = req.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
