import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticleClaims } from "./configured-extractor";

// A local stand-in for an OpenAI-compatible endpoint (loopback only); each path answers differently.
const article =
  "The council approved a £4.2m flood budget on Monday, officials said.\n\nThe mayor resigned on Tuesday.";
let received: { model?: string; response_format?: { type?: string } } = {};
let server: http.Server;
let base = "";

const answer = (content: string) => JSON.stringify({ choices: [{ message: { role: "assistant", content } }] });

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received = JSON.parse(body || "{}");
      const reply = (status: number, text: string) =>
        res.writeHead(status, { "content-type": "application/json" }).end(text);
      if (req.url === "/good") {
        return reply(
          200,
          answer(
            JSON.stringify({
              claims: [
                {
                  text: "The council approved a £4.2m flood budget on Monday.",
                  quote: "The council approved a £4.2m flood budget on Monday",
                  type: "statistic",
                  speaker: "officials",
                },
                { text: "The mayor was sacked.", quote: "The mayor was sacked", type: "event" },
              ],
            }),
          ),
        );
      }
      if (req.url === "/not-json") return reply(200, answer("Sure! Here are the claims: ..."));
      if (req.url === "/error") return reply(500, "{}");
      // "/slow": never answers; the client gives up.
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const config = (path: string, timeoutMs = 2000) => ({ url: `${base}${path}`, model: "stub-model", timeoutMs });

describe("the optional language-model extractor", () => {
  it("keeps only claims whose quote is in the article verbatim, with offsets computed here", async () => {
    const result = await extractArticleClaims(article, {}, config("/good"));
    expect(result.origin).toBe("LLM");
    expect(received).toMatchObject({ model: "stub-model", response_format: { type: "json_schema" } });
    expect(result.claims).toHaveLength(1);
    const [claim] = result.claims;
    expect(article.slice(claim.start, claim.end)).toBe(claim.quote);
    expect(claim).toMatchObject({
      type: "statistic",
      speaker: "officials",
      quantities: [expect.objectContaining({ value: 4_200_000, currency: "GBP" })],
    });
  });

  it.each([
    ["invalid output", "/not-json", 2000],
    ["a server error", "/error", 2000],
    ["a timeout", "/slow", 200],
  ])("falls back to the rule-based extractor on %s", async (_what, path, timeout) => {
    const result = await extractArticleClaims(article, {}, config(path, timeout));
    expect(result.origin).toBe("EXTRACTED");
    expect(result.claims.map((c) => c.text)).toContain("The mayor resigned on Tuesday.");
  });

  it("is off unless configured", async () => {
    expect((await extractArticleClaims(article, {}, null)).origin).toBe("EXTRACTED");
  });
});
