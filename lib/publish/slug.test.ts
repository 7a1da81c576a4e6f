import { describe, expect, it } from "vitest";
import { exportFileName, verdictSlug } from "./slug";

describe("verdictSlug", () => {
  it("reads as the claim's first words, ends with a piece of the id", () => {
    expect(verdictSlug("North Korea may have shipped up to 5 million shells to Russia.", "cm3abcdefgh12345678")).toBe(
      "north-korea-may-have-shipped-up-to-5-million-shells-12345678",
    );
  });

  it("drops accents and apostrophes, keeps non-Latin letters", () => {
    expect(verdictSlug("Russia’s économie grew", "x1234567890")).toBe("russias-economie-grew-34567890");
    expect(verdictSlug("서울은 투자했다", "abcdefghij")).toBe("서울은-투자했다-cdefghij");
  });

  it("stays short for long claims and falls back when there are no words", () => {
    const slug = verdictSlug("Supercalifragilisticexpialidocious ".repeat(10), "abcdefghij");
    expect(slug.length).toBeLessThanOrEqual(72 + 9);
    expect(verdictSlug("!!! ???", "abcdefghij")).toBe("claim-cdefghij");
  });
});

// Issue 15.6: every export was called claimdesk-<date>.csv, whatever it held.
describe("export file names", () => {
  it("say what the file holds and when", () => {
    expect(exportFileName("Session Debate night: économie", new Date("2026-12-01T10:00:00Z"), "csv")).toBe(
      "claims-session-debate-night-economie-2026-12-01.csv",
    );
    expect(exportFileName("", new Date("2026-12-01T10:00:00Z"), "claimreview.jsonld")).toBe(
      "claims-export-2026-12-01.claimreview.jsonld",
    );
  });
});
