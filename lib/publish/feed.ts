import { Feed } from "feed";
import type { Site } from "../site";
import { PUBLICATION_EVENT_LABEL, verdictUrl } from "./paths";
import { describeVerdict } from "./describe-verdict";

export type FeedEvent = {
  id: string;
  kind: keyof typeof PUBLICATION_EVENT_LABEL;
  note: string | null;
  createdAt: Date;
  verdict: { summary: string; rating: { label: string } } | null;
  publication: { slug: string; unpublishedAt: Date | null; claim: { text: string } };
};

const prefix = (kind: FeedEvent["kind"]) => (kind === "PUBLISHED" ? "" : `${PUBLICATION_EVENT_LABEL[kind]}: `);

// The feed library marks titles and summaries as HTML, so text must be escaped to stay text.
const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An Atom feed of new verdicts, corrections, updates and withdrawals, one entry per event. */
export function verdictFeed(events: FeedEvent[], desk: Site): string {
  const feed = new Feed({
    id: `${desk.url}/verdicts`,
    title: `${desk.name} fact checks`,
    description: "New verdicts, corrections and updates",
    link: `${desk.url}/verdicts`,
    language: "en",
    updated: events[0]?.createdAt ?? new Date(0),
    feedLinks: { atom: `${desk.url}/feed.xml` },
    copyright: `© ${desk.name}`,
    generator: "claimdesk",
  });
  for (const e of events) {
    // A withdrawn verdict is no longer stated anywhere, its old entries included.
    const rating =
      e.verdict && !e.publication.unpublishedAt ? describeVerdict(e.verdict.rating.label, e.verdict.summary) : "";
    feed.addItem({
      id: `${verdictUrl(desk.url, e.publication.slug)}#${e.kind.toLowerCase()}-${e.id}`,
      title: html(`${prefix(e.kind)}${e.publication.claim.text}`),
      link: verdictUrl(desk.url, e.publication.slug),
      date: e.createdAt,
      description: html([rating, e.note].filter(Boolean).join(" — ")),
    });
  }
  return feed.atom1();
}
