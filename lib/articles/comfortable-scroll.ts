/**
 * Where to scroll so an opened claim's words sit in the upper third of the screen, with room above
 * for the sentence before them; null when they are already comfortably in view (between the top
 * eighth and the bottom quarter), so a click never jolts the page it was made on.
 */
export function comfortableScrollTop(
  target: { top: number; bottom: number },
  viewport: { height: number; scrollY: number },
): number | null {
  const comfortable = target.top >= viewport.height / 8 && target.bottom <= (viewport.height * 3) / 4;
  if (comfortable) return null;
  return Math.max(0, Math.round(viewport.scrollY + target.top - viewport.height / 3));
}
