import { describe, expect, it } from "vitest";
import { publicAddressWarning } from "./site";

describe("the public address npm start warns about", () => {
  it("warns once when the address is loopback and the server is reachable on other interfaces", () => {
    expect(publicAddressWarning("http://localhost:3000", ["192.168.1.20"])).toBe(
      "Public address is http://localhost:3000, but this server also answers on 192.168.1.20: links in pages, the feed and share cards will say localhost. Set CLAIMDESK_PUBLIC_URL and NEXTAUTH_URL to the address readers use.",
    );
    expect(publicAddressWarning("http://127.0.0.1:3000", ["10.0.0.5", "fd00::5"])).toMatch(
      /^Public address is http:\/\/127\.0\.0\.1:3000, but this server also answers on 10\.0\.0\.5, fd00::5/,
    );
  });

  it("stays quiet for a real host name, or a machine with only loopback", () => {
    expect(publicAddressWarning("https://checks.example.org", ["192.168.1.20"])).toBeNull();
    expect(publicAddressWarning("http://localhost:3000", [])).toBeNull();
  });
});
