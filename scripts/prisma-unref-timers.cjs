// Preloaded into the Prisma CLI: its Wasm schema engine leaves a 10 s lock-timeout timer running
// after `migrate deploy` finishes, which keeps the process alive. Long timers must not hold it open.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(fn, ms, ...args) {
  const timer = originalSetTimeout(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
