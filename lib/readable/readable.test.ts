import { describe, expect, it } from "vitest";
import { limitNesting } from "./dom";
import { decodeHtmlBytes } from "./read-html-file";
import { extractReadable } from "./readable";

const story = [
  "The city council approved a £4.2m budget for flood defences on Monday after a three-hour debate.",
  "Councillors voted 31 to 12 in favour, with two abstentions, according to the council's published minutes.",
  "The money will pay for new barriers along the river and for repairs to 14 pumping stations damaged in 2023.",
  "Opposition members said the plan came too late for residents whose homes flooded twice last winter.",
]
  .map((p) => `<p>${p}</p>`)
  .join("\n");

function page(body: string, head = ""): string {
  return `<!doctype html><html><head><title>Council approves flood budget | Riverside Gazette</title>${head}</head><body><header><nav><a href="/">Home</a><a href="/news">News</a></nav></header><main><article>${body}</article></main><footer>© 2024 Riverside Gazette. All rights reserved.</footer></body></html>`;
}

describe("readable text", () => {
  it("keeps the story's paragraphs apart and drops navigation and footer", () => {
    const { text } = extractReadable(page(`<h1>Council approves flood budget</h1>${story}`));
    expect(text.split("\n\n")).toEqual([
      "The city council approved a £4.2m budget for flood defences on Monday after a three-hour debate.",
      "Councillors voted 31 to 12 in favour, with two abstentions, according to the council's published minutes.",
      "The money will pay for new barriers along the river and for repairs to 14 pumping stations damaged in 2023.",
      "Opposition members said the plan came too late for residents whose homes flooded twice last winter.",
    ]);
  });

  it("removes photo captions and credits", () => {
    const { text } = extractReadable(
      page(
        `${story}<figure><img src="a.jpg"><figcaption>Flood barriers on the river. Photo: Jane Doe/AP</figcaption></figure><p class="image-credit">Jane Doe/AP</p>`,
      ),
    );
    expect(text).not.toContain("Flood barriers on the river");
    expect(text).not.toContain("Jane Doe");
    expect(text).toContain("14 pumping stations");
  });

  it("removes related-story lists, share bars and sign-up prompts", () => {
    const related = `<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Rail strike called off</a></li><li><a href="/c">Mayor resigns</a></li></ul></div>`;
    const share = `<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div><p>Whatsapp Facebook Pinterest</p>`;
    const prompt = `<p>Sign up for our morning newsletter</p><ul><li><a href="/x">Read more: Budget explained</a></li></ul>`;
    const { text } = extractReadable(page(`${story}${related}${share}${prompt}`));
    for (const junk of ["Storm hits coast", "Facebook", "Whatsapp", "newsletter", "Read more"])
      expect(text).not.toContain(junk);
    expect(text).toContain("31 to 12");
  });

  it("reads title, byline, date, canonical address and outlet from the page's metadata", () => {
    const head = `
      <link rel="canonical" href="https://gazette.example/news/flood-budget">
      <meta property="og:site_name" content="Riverside Gazette">
      <meta property="og:title" content="Council approves £4.2m flood budget">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves £4.2m flood budget","datePublished":"2024-03-05T09:30:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Lee"}],"publisher":{"@type":"Organization","name":"Riverside Gazette"}}</script>`;
    expect(extractReadable(page(story, head))).toMatchObject({
      title: "Council approves £4.2m flood budget",
      byline: "Ana Ruiz, Tom Lee",
      publishedAt: "2024-03-05T09:30:00.000Z",
      url: "https://gazette.example/news/flood-budget",
      outlet: "Riverside Gazette",
    });
  });

  it("falls back to meta tags and <time> when there is no JSON-LD", () => {
    const head = `<meta name="author" content="By Ana Ruiz"><meta property="og:url" content="https://gazette.example/a">`;
    const meta = extractReadable(page(`<time datetime="2024-03-05">5 March</time>${story}`, head));
    expect(meta).toMatchObject({
      byline: "Ana Ruiz",
      publishedAt: "2024-03-05T00:00:00.000Z",
      url: "https://gazette.example/a",
      title: "Council approves flood budget | Riverside Gazette",
    });
  });

  it("never runs scripts and survives hostile markup", () => {
    const hostile = page(
      `<script>globalThis.pwned = true; "</div>".repeat(9)</script><style>a{{{color:</style><div style="}}}{">${story}</div><p>unclosed <b><i>`,
    );
    expect(extractReadable(hostile).text).toContain("pumping stations");
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    const deep = `<html><body>${"<div>".repeat(20_000)}${story}${"</div>".repeat(20_000)}</body></html>`;
    expect(extractReadable(deep).text).toContain("pumping stations");
    expect(extractReadable("").text).toBe("");
  });

  it("caps nesting depth and keeps tags balanced", () => {
    const html = limitNesting("<div><div><div><p>x</p></div></div></div>", 2);
    expect(html).toBe("<div><div>x</div></div>");
  });
});

describe("reading HTML files", () => {
  it("accepts gzip-compressed pages", async () => {
    const { gzipSync } = await import("node:zlib");
    expect(decodeHtmlBytes(gzipSync("<html><body><p>hi</p></body></html>"), "p.html.gz")).toContain("<p>hi</p>");
  });

  it.each([
    [new Uint8Array(), "a.html is empty."],
    [new TextEncoder().encode("just a note, no markup"), "a.html is not an HTML page."],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "a.html is a binary file, not an HTML page."],
  ])("refuses %j with a clear sentence", (bytes, message) => {
    expect(() => decodeHtmlBytes(bytes, "a.html")).toThrow(message);
  });
});

describe("bylines", () => {
  it("drops a byline but keeps a sentence that starts with 'By'", () => {
    const { text } = extractReadable(
      page(
        `<p>By Ana Ruiz and Tom Lee</p>${story}<p>By 2014, trade between the two countries had surged to over $28 billion.</p>`,
      ),
    );
    expect(text).not.toContain("Ana Ruiz");
    expect(text).toContain("By 2014, trade between the two countries");
  });
});
