type Rating = { label: string; color: string };

/** The rating as printed everywhere on the public pages: its colour, and always its label. */
export function RatingBadge({ rating, size = "md" }: { rating: Rating; size?: "md" | "lg" }) {
  const sizes = size === "lg" ? "px-3 py-1 text-base" : "px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-block rounded font-semibold uppercase tracking-wide text-white ${sizes}`}
      style={{ backgroundColor: rating.color }}
    >
      {rating.label}
    </span>
  );
}
