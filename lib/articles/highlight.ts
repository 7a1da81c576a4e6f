export type Span = { id?: string; start: number; end: number };
export type Piece = { text: string; start: number; ids: string[] };
export type Paragraph = { start: number; pieces: Piece[] };

/** The body as paragraphs (one per line) cut at every claim boundary; each piece lists the claims covering it. */
export function highlightParagraphs(body: string, spans: Span[]): Paragraph[] {
  const cuts = new Set<number>();
  for (const s of spans) cuts.add(s.start).add(s.end);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of body.split("\n")) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    const bounds = [start, ...[...cuts].filter((c) => c > start && c < end).sort((a, b) => a - b), end];
    const pieces: Piece[] = [];
    for (let i = 0; i < bounds.length - 1; i++) {
      const [from, to] = [bounds[i], bounds[i + 1]];
      const ids = spans.filter((s) => s.start < to && s.end > from).map((s, k) => s.id ?? String(k));
      const last = pieces[pieces.length - 1];
      // Neighbouring pieces covered by the same claims read as one piece.
      if (last && last.ids.join() === ids.join()) last.text += body.slice(from, to);
      else pieces.push({ text: body.slice(from, to), start: from, ids });
    }
    paragraphs.push({ start, pieces });
  }
  return paragraphs;
}
