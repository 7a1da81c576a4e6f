// Vitest runs lib/db outside React's server environment; "server-only" guards the Next.js bundle, not tests.
export {};
