/** Whether a claimdesk server answers its health check (`/api/health`) at `base`. */
function isHealthy(base: string): Promise<boolean> {
  return fetch(`${base}/api/health`).then(
    (r) => r.ok,
    () => false,
  );
}

/**
 * Waits until the server at `base` answers its health check; false when `timeoutMs` passes first,
 * or as soon as `gone()` says its process has exited.
 */
export async function waitUntilHealthy(
  base: string,
  { timeoutMs = Infinity, gone = () => false }: { timeoutMs?: number; gone?: () => boolean } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await isHealthy(base)) return true;
    if (gone() || Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 200));
  }
}
