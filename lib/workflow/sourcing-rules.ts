import { DECISIVE_RATINGS } from "./evidence";

/** The sourcing rules as readers see them on the methodology page; the same rules the server enforces. */
export function sourcingRules(ratingLabels: Map<string, string>): string[] {
  const decisive = [...DECISIVE_RATINGS].map((slug) => ratingLabels.get(slug) ?? slug).join(" or ");
  return [
    "Every verdict rests on at least one source, and every source it rests on is listed on the verdict page with its publisher, date and a link.",
    `A rating of ${decisive} needs at least two sources from different publishers. An editor may make an exception only by recording why.`,
    "A verdict is written by one fact-checker and signed off by a different editor before it can be published.",
    "We link to an archived copy of a source when we have one, so readers can see what we saw even if the page changes.",
  ];
}
