/**
 * A claim's review rounds: the first review is round 1, and every send-back or reopening opens the
 * next with its note. The note of the round under way is the one that matters; the others are
 * history, newest first. A claim verified since its last note has no round under way.
 */
export type Note = { kind: string; createdAt: Date };
export type RoundNote<T extends Note> = T & { round: number };

export function notesByRound<T extends Note>(
  notes: T[],
  settled: boolean,
): { current: RoundNote<T> | null; earlier: RoundNote<T>[] } {
  const numbered = [...notes]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((n, i) => ({ ...n, round: i + 2 }))
    .reverse();
  if (settled || numbered.length === 0) return { current: null, earlier: numbered };
  return { current: numbered[0], earlier: numbered.slice(1) };
}

export const NOTE_LABEL: Record<string, string> = { SEND_BACK: "Sent back", NOTE: "Reopened for correction" };
