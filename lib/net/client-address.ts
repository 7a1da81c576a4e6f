import { BlockList, isIP } from "node:net";

/** Set by claimdesk's own HTTP server on every request, overwriting whatever the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-claimdesk-client-address";

/** Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
export function parseTrustedProxies(list: string): BlockList {
  const trusted = new BlockList();
  for (const entry of list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`CLAIMDESK_TRUSTED_PROXIES: "${entry}" is not an IP address or range.`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  return trusted;
}

const bare = (address: string) =>
  address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The address a request came from. X-Forwarded-For is written by whoever sends it, so it counts only
 * for the hops added by trusted proxies: walking back from the connection itself, the first address
 * that is not a trusted proxy is the client. With no trusted proxies, the connection's address is.
 */
export function resolveClientAddress(
  remote: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string | null {
  if (!remote) return null;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(bare)
    .filter(Boolean);
  const chain = [...forwarded, bare(remote)];
  let i = chain.length - 1;
  while (i > 0 && isTrusted(chain[i], trusted)) i--;
  return isIP(chain[i]) ? chain[i] : bare(remote);
}
