export type Span = { start: number; end: number };
export type Piece = { text: string; start: number; marked: boolean };
export type Paragraph = { start: number; pieces: Piece[] };

/** Merges overlapping spans so each character is highlighted once. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The body as paragraphs (one per line) cut into plain and highlighted pieces, offsets kept. */
export function highlightParagraphs(body: string, spans: Span[]): Paragraph[] {
  const marks = union(spans);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of body.split("\n")) {
    const start = offset;
    const end = offset + line.length;
    offset = end + 1;
    if (!line.trim()) continue;
    const pieces: Piece[] = [];
    let cursor = start;
    for (const m of marks) {
      if (m.end <= start || m.start >= end) continue;
      const from = Math.max(m.start, start);
      const to = Math.min(m.end, end);
      if (from > cursor) pieces.push({ text: body.slice(cursor, from), start: cursor, marked: false });
      pieces.push({ text: body.slice(from, to), start: from, marked: true });
      cursor = to;
    }
    if (cursor < end) pieces.push({ text: body.slice(cursor, end), start: cursor, marked: false });
    paragraphs.push({ start, pieces });
  }
  return paragraphs;
}
