import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PageSkeleton } from "./page-skeleton";

describe("a list page while it loads", () => {
  it("shows its heading at once, placeholder rows, and tells a screen reader it is loading", () => {
    const html = renderToStaticMarkup(<PageSkeleton title="Articles" rows={3} />);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain("<h1");
    expect(html).toContain(">Articles</h1>");
    expect(html).toContain("Loading articles…");
    expect(html.match(/animate-pulse/g)).toHaveLength(6);
  });
});
