import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const request = (method: string, headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3100/api/sessions/s1/presence", { method, headers });

// Issue 19.12: the presence route accepted a text/plain POST from a foreign Origin.
describe("which requests may change state", () => {
  it("accepts a POST from a page of the same host", () => {
    expect(isSameOriginRequest(request("POST", { origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(
      true,
    );
  });

  it.each([
    ["a foreign origin", { origin: "http://evil.example", host: "127.0.0.1:3100", "content-type": "text/plain" }],
    ["the same name on another port", { origin: "http://127.0.0.1:3922", host: "127.0.0.1:3100" }],
    ["no origin at all", { host: "127.0.0.1:3100" }],
    ["an origin that is not a URL", { origin: "null", host: "127.0.0.1:3100" }],
  ])("refuses a POST with %s", (_name, headers) => {
    expect(isSameOriginRequest(request("POST", headers))).toBe(false);
  });

  it("lets reads through whatever their origin", () => {
    expect(isSameOriginRequest(request("GET", { origin: "http://evil.example", host: "127.0.0.1:3100" }))).toBe(true);
  });
});
