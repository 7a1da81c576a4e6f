"use client";

import { useState } from "react";

/**
 * Saving on the version the page holds: remembers the version a refused save was based on (until
 * the page data moves past it, the other person's version is on its way) and forgets the kept
 * draft once a save goes through, or once the person takes the other version (`takeTheirs`).
 */
export function useConflictSave(version: number, forget: () => void, settle: () => void) {
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  const save = async (run: () => Promise<boolean>) => {
    const saved = await run();
    setRefusedAt(saved ? null : version);
    if (saved) forget();
  };
  const takeTheirs = (restore: () => void) => {
    restore();
    forget();
    settle();
  };
  return { save, takeTheirs, fetching: refusedAt === version };
}

/**
 * Someone else saved first: their version (now on the server) beside the person's, field by field,
 * to take theirs or to save the person's over it as a change to the new version.
 */
export function ConflictCompare({
  rows,
  onUseTheirs,
  onKeepMine,
  busy,
  fetching,
}: {
  rows: { label: string; theirs: string; mine: string }[];
  onUseTheirs: () => void;
  onKeepMine: () => void;
  busy: boolean;
  fetching: boolean;
}) {
  if (fetching) return <p className="text-xs text-slate-600">Fetching their version…</p>;
  const changed = rows.filter((r) => r.theirs !== r.mine);
  return (
    <section
      aria-label="Their version and yours"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {(["theirs", "mine"] as const).map((side) => (
          <div key={side} aria-label={side === "theirs" ? "Their version" : "Your version"} role="group">
            <h4 className="text-xs font-semibold uppercase tracking-wide text-amber-900">
              {side === "theirs" ? "Their version (saved)" : "Your version (not saved)"}
            </h4>
            <dl className="mt-1 space-y-1">
              {changed.map((r) => (
                <div key={r.label}>
                  <dt className="text-xs text-slate-600">{r.label}</dt>
                  <dd className="whitespace-pre-wrap break-words text-slate-900">{r[side] || "—"}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onUseTheirs}
          disabled={busy}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-50"
        >
          Use theirs
        </button>
        <button
          type="button"
          onClick={onKeepMine}
          disabled={busy}
          className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white disabled:opacity-60"
        >
          Keep mine and save
        </button>
      </div>
    </section>
  );
}
