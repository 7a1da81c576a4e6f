import { describe, expect, it } from "vitest";
import { evidenceProblem } from "./evidence";

const src = (url: string, publisher: string | null = null) => ({ url, publisher });

describe("evidence rules", () => {
  it("needs at least one source", () => {
    expect(evidenceProblem({ stage: "signoff", ratingSlug: "misleading", sources: [] })).toBe(
      "Attach at least one source before asking for sign-off.",
    );
  });

  it("accepts one source for a rating that is not True or False", () => {
    expect(
      evidenceProblem({ stage: "signoff", ratingSlug: "mostly-true", sources: [src("https://stats.gov/a")] }),
    ).toBeNull();
  });

  it.each(["true", "false"])("needs two publishers for %s", (ratingSlug) => {
    const same = [src("https://www.stats.gov/a", null), src("https://stats.gov/b", null)];
    expect(evidenceProblem({ stage: "signoff", ratingSlug, sources: same })).toMatch(
      /two sources from different publishers/,
    );
    expect(
      evidenceProblem({
        stage: "signoff",
        ratingSlug,
        sources: [src("https://a.org/x", "Reuters"), src("https://b.org/y", "reuters ")],
      }),
    ).toMatch(/two sources/);
    expect(
      evidenceProblem({ stage: "signoff", ratingSlug, sources: [src("https://stats.gov/a"), src("https://un.org/b")] }),
    ).toBeNull();
  });

  it("leaves the second-publisher rule to sign-off", () => {
    expect(
      evidenceProblem({ stage: "request", ratingSlug: "false", sources: [src("https://court.gov/ruling")] }),
    ).toBeNull();
    expect(evidenceProblem({ stage: "request", ratingSlug: "false", sources: [] })).toBe(
      "Attach at least one source before asking for sign-off.",
    );
  });

  it("lets an editor's override reason stand in for the second publisher", () => {
    expect(
      evidenceProblem({
        stage: "signoff",
        ratingSlug: "false",
        sources: [src("https://court.gov/ruling")],
        overrideReason: "The court ruling is the only primary record.",
      }),
    ).toBeNull();
  });
});
