import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./client-address";

const none = parseTrustedProxies("");
const proxy = parseTrustedProxies("10.0.0.5, 172.16.0.0/12");

// Issue 19.5: X-Forwarded-For was believed as sent, so every guess could come "from" a new address.
describe("the client address used for sign-in throttling", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:198.51.100.4", ["1.2.3.4", "5.6.7.8"], none)).toBe("198.51.100.4");
  });

  it("believes only the hops that trusted proxies added", () => {
    expect(resolveClientAddress("10.0.0.5", "203.0.113.7", proxy)).toBe("203.0.113.7");
    // The client invented "1.1.1.1"; the trusted proxy appended the address it really saw.
    expect(resolveClientAddress("10.0.0.5", "1.1.1.1, 203.0.113.7", proxy)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.5", "198.51.100.9, 172.20.1.1", proxy)).toBe("198.51.100.9");
    expect(resolveClientAddress("10.0.0.5", "not-an-address", proxy)).toBe("10.0.0.5");
  });

  it("refuses a configuration entry that is not an address", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(
      'CLAIMDESK_TRUSTED_PROXIES: "proxy.internal" is not an IP address or range.',
    );
  });
});
