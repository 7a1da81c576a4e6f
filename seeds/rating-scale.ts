// The default rating scale, best first. Ratings off the true–false scale (onScale: false) are listed
// last and get no numeric value in ClaimReview, only their name.
export const RATING_SCALE = [
  {
    slug: "true",
    label: "True",
    ordinal: 6,
    color: "#15803d",
    definition: "The claim is accurate and nothing significant is missing.",
  },
  {
    slug: "mostly-true",
    label: "Mostly true",
    ordinal: 5,
    color: "#4d7c0f",
    definition: "The claim is accurate but needs clarification or additional information.",
  },
  {
    slug: "misleading",
    label: "Misleading",
    ordinal: 4,
    color: "#b45309",
    definition: "The claim contains accurate elements but leaves a false impression.",
  },
  {
    slug: "mostly-false",
    label: "Mostly false",
    ordinal: 3,
    color: "#c2410c",
    definition: "The claim contains an element of truth but ignores facts that would give a different impression.",
  },
  { slug: "false", label: "False", ordinal: 2, color: "#b91c1c", definition: "The claim is not accurate." },
  {
    slug: "unverifiable",
    label: "Unverifiable",
    ordinal: 1,
    onScale: false,
    color: "#475569",
    definition: "The available evidence can neither confirm nor refute the claim.",
  },
] as const;
