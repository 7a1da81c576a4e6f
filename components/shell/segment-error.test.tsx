import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SegmentError } from "./segment-error";

describe("a page that fails inside its section", () => {
  it("says nothing saved was lost, gives the log reference and a way on", () => {
    const error = Object.assign(new Error("boom: relation does not exist"), { digest: "4021993" });
    const html = renderToStaticMarkup(
      <SegmentError error={error} reset={() => undefined} home={{ href: "/articles", label: "Go to Articles" }} />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain("Nothing you saved was lost.");
    expect(html).toContain("<code");
    expect(html).toContain("4021993");
    expect(html).toContain('href="/articles"');
    expect(html).toContain("Try again");
    // The server's message is for the log, never for the page.
    expect(html).not.toContain("relation does not exist");
  });
});
