/**
 * "False: The figure was 3%." for previews and share cards, without saying the rating twice when the
 * summary already opens with it ("True: True, the minutes record the vote").
 */
export function describeVerdict(label: string, summary: string): string {
  const opensWithRating =
    summary.toLowerCase().startsWith(label.toLowerCase()) && /^[\s.,:;!—–-]|^$/.test(summary.slice(label.length));
  return opensWithRating ? summary : `${label}: ${summary}`;
}
