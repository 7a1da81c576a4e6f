import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

describe("rationale Markdown", () => {
  it("renders emphasis, lists and links", () => {
    const html = renderToStaticMarkup(
      <Markdown text={"The **minutes** say so.\n\n- [Council](https://council.example/minutes)"} />,
    );
    expect(html).toContain("<strong>minutes</strong>");
    expect(html).toContain('<a href="https://council.example/minutes" rel="nofollow noopener noreferrer"');
  });

  // Issue 16: bullet lists lost their bullets on the public page.
  it("keeps bullets and numbers on lists", () => {
    const html = renderToStaticMarkup(<Markdown text={"- one\n- two\n\n1. first\n2. second"} />);
    expect(html).toContain('<ul class="list-disc space-y-1 pl-6">');
    expect(html).toContain('<ol class="list-decimal space-y-1 pl-6">');
  });

  it("renders scripts, event handlers, javascript: links and images inert", () => {
    const html = renderToStaticMarkup(
      <Markdown
        text={
          '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) [data](data:text/html,hi) ![pixel](https://tracker.example/p.gif)\n\n<a href="javascript:alert(4)">raw</a>'
        }
      />,
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<img|data:text|tracker\.example/i);
    expect(html).toContain(">click</a>");
  });
});
