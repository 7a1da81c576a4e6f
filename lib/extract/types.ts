/** The extractor's own claim types, lower case; the database's ClaimType (lib/db/enums.ts) is their upper-case twin. */
export type ExtractedClaimType = "statistic" | "event" | "quote" | "comparison" | "prediction" | "causal" | "other";

export type Quantity = {
  raw: string;
  value: number | null;
  unit: string | null;
  currency: string | null;
  hedge: string | null;
  asOf: string | null;
};

export type DateMention = { raw: string; iso: string | null };

export type ExtractedClaim = {
  text: string;
  quote: string;
  start: number;
  end: number;
  type: ExtractedClaimType;
  score: number;
  speaker: string | null;
  quantities: Quantity[];
  dates: DateMention[];
};

export type SkipReason = "boilerplate" | "credit" | "question" | "opinion" | "too vague" | "duplicate";

export type SkippedSegment = { text: string; start: number; end: number; reason: SkipReason };

export type ExtractResult = { claims: ExtractedClaim[]; skipped: SkippedSegment[] };

export type ExtractOptions = {
  /** Resolves relative dates ("last September") against this day, usually the article's publication date. */
  referenceDate?: Date;
};
