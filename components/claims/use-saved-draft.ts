"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => undefined;

/** The text this tab keeps under `key` ("" for none); null on the server and while hydrating. */
function useStoredText(key: string): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => sessionStorage.getItem(key) ?? "",
    () => null,
  );
}

/**
 * A form's typed text kept in this tab's session storage until it is saved, so a reload (or a
 * conflict that sends the person to reload) never loses it. The draft found on opening, if it
 * differs from what the server has, goes back into the form through `restore`; `forget` drops it
 * once saved or abandoned.
 */
export function useSavedDraft<T>(
  key: string,
  value: T,
  server: T,
  restore: (draft: T) => void,
): { restored: T | null; forget: () => void } {
  const stored = useStoredText(key);
  const [opening, setOpening] = useState<string | null>(null);
  if (opening === null && stored !== null) setOpening(stored);
  const restored = opening && opening !== JSON.stringify(server) ? (JSON.parse(opening) as T) : null;
  // Put back into the form once, while rendering (the form's own state, adjusted as React recommends).
  const [applied, setApplied] = useState(false);
  if (restored && !applied) {
    setApplied(true);
    restore(restored);
  }
  useEffect(() => {
    // Not before the stored draft was read: writing first would erase it.
    if (opening === null) return;
    if (JSON.stringify(value) === JSON.stringify(server)) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  }, [key, value, server, opening]);
  return { restored, forget: () => sessionStorage.removeItem(key) };
}

/** Whether this tab keeps unsaved text under `key` (false on the server and while hydrating). */
export function useHasSavedDraft(key: string): boolean {
  return !!useStoredText(key);
}
