import { BlockList, isIP } from "node:net";

// Addresses a fetch from the server must never reach: the machine itself, private networks,
// link-local (cloud metadata lives there), carrier-grade NAT, multicast and reserved ranges.
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
// ::/96 covers the unspecified address, loopback and every IPv4-compatible form ([::127.0.0.1]);
// IPv4-translated (::ffff:0:0:0/96), NAT64 and 6to4 (2002::/16) can all carry a private IPv4 inside.
for (const [net, prefix] of [
  ["::", 96],
  ["::ffff:0:0:0", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["2001:db8::", 32],
  ["100::", 64],
  ["2002::", 16],
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

export type AddressPolicy = { allowHosts: ReadonlySet<string> };

/** True when the server may connect to this address (IPv4-mapped IPv6 is judged as IPv4). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !blocked.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Loopback and private targets are refused unless the host name itself is allowed by configuration
 * (a local test server): another name that resolves to the same address is still refused.
 */
export function addressAllowed(host: string, address: string, policy: AddressPolicy): boolean {
  return isPublicAddress(address) || policy.allowHosts.has(host.toLowerCase());
}
