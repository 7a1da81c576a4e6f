import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { verdictFeed, type FeedEvent } from "./feed";

// Atom type="html" content: the text a feed reader shows once it has parsed the HTML.
const shown = (html: string | null) => new JSDOM(html ?? "").window.document.body.textContent;

const desk = { name: "Desk", url: "https://desk.example", contact: "", correctionsPolicy: "" };
const publication = {
  slug: "shells-abc",
  unpublishedAt: null,
  claim: { text: "North Korea shipped 5 million shells & more <to> Russia." },
};
const events: FeedEvent[] = [
  {
    id: "e2",
    kind: "CORRECTION",
    note: "The figure was an estimate.",
    createdAt: new Date("2026-11-02T10:00:00Z"),
    verdict: { summary: "Estimates vary.", rating: { label: "Misleading" } },
    publication,
  },
  {
    id: "e1",
    kind: "PUBLISHED",
    note: null,
    createdAt: new Date("2026-11-01T10:00:00Z"),
    verdict: { summary: "Intelligence agrees.", rating: { label: "True" } },
    publication,
  },
];

describe("the Atom feed", () => {
  it("has one entry per verdict and correction, linking to the verdict page", () => {
    const xml = new JSDOM(verdictFeed(events, desk), { contentType: "application/xml" }).window.document;
    expect(xml.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(xml.querySelector("feed > updated")!.textContent).toBe("2026-11-02T10:00:00.000Z");
    const entries = [...xml.querySelectorAll("entry")].map((e) => ({
      title: shown(e.querySelector("title")!.textContent),
      link: e.querySelector("link")!.getAttribute("href"),
      summary: shown(e.querySelector("summary")!.textContent),
    }));
    expect(entries).toEqual([
      {
        title: "Correction: North Korea shipped 5 million shells & more <to> Russia.",
        link: "https://desk.example/verdicts/shells-abc",
        summary: "Misleading: Estimates vary. — The figure was an estimate.",
      },
      {
        title: "North Korea shipped 5 million shells & more <to> Russia.",
        link: "https://desk.example/verdicts/shells-abc",
        summary: "True: Intelligence agrees.",
      },
    ]);
    expect(new Set([...xml.querySelectorAll("entry > id")].map((e) => e.textContent)).size).toBe(2);
  });

  it("stops stating a withdrawn verdict, in its old entries too", () => {
    const withdrawn = { ...publication, unpublishedAt: new Date("2026-11-03T10:00:00Z") };
    const xml = verdictFeed(
      [
        {
          id: "e3",
          kind: "UNPUBLISHED",
          note: "The source retracted.",
          createdAt: withdrawn.unpublishedAt,
          verdict: null,
          publication: withdrawn,
        },
        ...events.map((e) => ({ ...e, publication: withdrawn })),
      ],
      desk,
    );
    expect(xml).toContain("Withdrawn: North Korea");
    expect(xml).toContain("The source retracted.");
    expect(xml).not.toMatch(/Estimates vary|Intelligence agrees/);
  });
});
