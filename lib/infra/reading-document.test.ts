import { describe, expect, it } from "vitest";
import { withoutClientRuntime } from "./reading-document";

// A page as Next renders it: runtime chunks and their preloads in the head, the Server Components
// payload in inline scripts after the content, structured data inside the article.
const head =
  '<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/entry.mjs"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script><title>Council budget · Desk</title>' +
  '<meta property="og:title" content="Council budget"/><script src="/_next/static/chunks/polyfills.js" noModule=""></script>';
const article =
  '<article><h1>The council approved a £4.2m budget &amp; a park</h1><a href="/verdicts">All fact checks</a>' +
  '<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"The council approved a £4.2m budget"}</script></article>';
const flight =
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"0:{\\"P\\":null,\\"c\\":[\\"\\",\\"verdicts\\"]}"])</script>';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body class="min-h-screen"><main>${body}</main>${flight}</body></html>`;

describe("a public page without the client runtime", () => {
  it("drops runtime scripts, their preloads and the Server Components payload", () => {
    const html = withoutClientRuntime(page(article));
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toMatch(/rel="(preload|modulepreload)"/);
    expect(html.length).toBeLessThan(page(article).length - flight.length);
  });

  it("keeps what a reader and a search engine read: text, links, styles, metadata and structured data", () => {
    const html = withoutClientRuntime(page(article));
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("<h1>The council approved a £4.2m budget &amp; a park</h1>");
    expect(html).toContain('<a href="/verdicts">All fact checks</a>');
    expect(html).toContain('href="/_next/static/chunks/site.css"');
    expect(html).toContain('<meta property="og:title" content="Council budget">');
    expect(html).toContain("<title>Council budget · Desk</title>");
    expect(html).toContain(
      '<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"The council approved a £4.2m budget"}</script>',
    );
  });

  it.each([
    ["still streaming", '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->'],
    ["rendered in the browser", '<!--$!--><template data-dgst="BAILOUT"></template><!--/$-->'],
  ])("leaves a page whose content is %s as it is: it needs its scripts", (_, boundary) => {
    const html = page(article + boundary);
    expect(withoutClientRuntime(html)).toBe(html);
  });

  it("is the same page when applied twice", () => {
    const once = withoutClientRuntime(page(article));
    expect(withoutClientRuntime(once)).toBe(once);
  });
});
