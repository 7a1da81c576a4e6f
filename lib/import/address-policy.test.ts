import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { addressAllowed, isPublicAddress } from "./address-policy";
import { checkedAddress, type FetchOptions } from "./guarded-fetch";

describe("which addresses the importer may reach", () => {
  it.each([
    ["127.0.0.1", false],
    ["10.1.2.3", false],
    ["172.20.0.1", false],
    ["192.168.1.10", false],
    ["169.254.169.254", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["::1", false],
    ["fe80::1", false],
    ["fd12:3456::1", false],
    ["::ffff:192.168.1.1", false],
    ["::ffff:127.0.0.1", false],
    ["93.184.216.34", true],
    ["2606:4700::1111", true],
    ["not-an-ip", false],
    // Issue 19.12: IPv4-compatible and other IPv4-carrying IPv6 forms.
    ["::127.0.0.1", false],
    ["::7f00:1", false],
    ["::10.0.0.1", false],
    ["::ffff:0:127.0.0.1", false],
    ["2002:7f00:1::", false],
    ["64:ff9b:1::a00:1", false],
  ])("%s is public: %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it("allows a private address only for a host named in the configuration", () => {
    const policy = { allowHosts: new Set(["127.0.0.1"]) };
    expect(addressAllowed("127.0.0.1", "127.0.0.1", policy)).toBe(true);
    expect(addressAllowed("localhost", "127.0.0.1", policy)).toBe(false);
  });
});

describe("checking a host before connecting (stubbed resolver, no connection)", () => {
  const options = (answers: LookupAddress[]): FetchOptions => ({
    allowHosts: new Set(),
    timeoutMs: 1000,
    maxBytes: 1000,
    maxRedirects: 1,
    accept: /html/,
    resolve: async () => answers,
  });

  it("refuses a name that resolves to a private address, naming it", async () => {
    await expect(
      checkedAddress(new URL("http://intranet.example/"), options([{ address: "10.0.0.5", family: 4 }])),
    ).rejects.toThrow(
      "intranet.example points to a private or local network address (10.0.0.5); claimdesk only fetches public web pages.",
    );
  });

  it("refuses when any one of several addresses is link-local", async () => {
    const answers = [
      { address: "93.184.216.34", family: 4 },
      { address: "169.254.169.254", family: 4 },
    ];
    await expect(checkedAddress(new URL("http://metadata.example/"), options(answers))).rejects.toThrow(
      "(169.254.169.254)",
    );
  });

  it("accepts a name with only public addresses", async () => {
    await expect(
      checkedAddress(new URL("https://news.example/a"), options([{ address: "93.184.216.34", family: 4 }])),
    ).resolves.toEqual({ address: "93.184.216.34", family: 4 });
  });

  it("explains a name that does not resolve", async () => {
    const opts = { ...options([]), resolve: async () => Promise.reject(new Error("ENOTFOUND")) };
    await expect(checkedAddress(new URL("https://nowhere.example/"), opts)).rejects.toThrow(
      "The address nowhere.example could not be found. Check the link.",
    );
  });
});
