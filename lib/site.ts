import { env } from "./env";

export type Site = { name: string; url: string; contact: string; correctionsPolicy: string };

const DEFAULT_CORRECTIONS_POLICY =
  "When we get something wrong, or new evidence changes a verdict, we say so on the verdict page: the new rating replaces the old one, " +
  "and a dated note under “Corrections and updates” explains what changed. Earlier ratings stay listed there. " +
  "A fact check is withdrawn only when it cannot be corrected; its page then says when and why.";

/** The public face of the desk: its name, address, contact line and corrections policy, all from the environment. */
export function site(): Site {
  const config = env();
  return {
    name: config.CLAIMDESK_ORG_NAME,
    url: (config.CLAIMDESK_PUBLIC_URL ?? config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ""),
    contact: config.CLAIMDESK_CONTACT,
    correctionsPolicy: config.CLAIMDESK_CORRECTIONS_POLICY ?? DEFAULT_CORRECTIONS_POLICY,
  };
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/i;

/**
 * One line for `npm start` when the configured public address is a loopback name while the server
 * answers on other interfaces too: every canonical link, feed entry and share card would point
 * readers on other machines at their own computer. Null when the address is fine.
 */
export function publicAddressWarning(publicUrl: string, otherInterfaces: string[]): string | null {
  const host = new URL(publicUrl).hostname;
  if (!LOOPBACK.test(host) || !otherInterfaces.length) return null;
  return `Public address is ${publicUrl}, but this server also answers on ${otherInterfaces.join(", ")}: links in pages, the feed and share cards will say ${host}. Set CLAIMDESK_PUBLIC_URL and NEXTAUTH_URL to the address readers use.`;
}
