/**
 * The address a request asked for, as the HTTP server saw it: handed to the app in one header no
 * client can set (the workbench sends a signed-out visitor to sign in and back to that address).
 */
export const REQUEST_PATH_HEADER = "x-claimdesk-path";

/** Where a request for an address that cannot be decoded ("/articles/%E0%A4%A") is sent: a page that does not exist, so the app's 404. */
export const MALFORMED_ADDRESS_PATH = "/_malformed-address";

/** Whether every percent-escape in the path decodes; Next.js answers a bare 500 when one does not. */
export function isWellFormedPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
