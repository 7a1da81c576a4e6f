// Lint rules for claimdesk: Next's recommended set with TypeScript, and the house boundaries
// (see ../README.md, "How it is laid out") as import rules, so they hold without anyone watching.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const pureFolders = [
  "extract",
  "readable",
  "export",
  "match",
  "publish",
  "stats",
  "sessions",
  "workflow",
  "validation",
  "checkworthy",
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "lib/db/generated/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  // CommonJS on purpose: the worker's boot file registers tsx before loading TypeScript.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  // The public pages link with plain anchors on purpose: read, not navigated as an app (no router script).
  { files: ["app/(public)/**/*.tsx"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  // One Prisma client, one place that reaches the database.
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/db/**", "scripts/**", "test/**", "e2e/fixtures/**", "prisma/**", "seeds/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/db/generated/*", "**/db/generated/**/*", "@prisma/client", "@prisma/client/*"],
              message: "Reach the database through lib/db only.",
            },
          ],
        },
      ],
    },
  },
  // Domain logic stays plain TypeScript: no Next.js in the pure folders.
  {
    files: pureFolders.map((f) => `lib/${f}/**/*.ts`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom"],
              message: "lib/ domain folders are plain TypeScript, usable from the CLI: no Next.js or React here.",
            },
            {
              group: ["**/db/generated/*", "**/db/generated/**/*", "@prisma/client"],
              message: "Reach the database through lib/db only.",
            },
          ],
        },
      ],
    },
  },
  // Pages and components call the data layer's functions, never its client or internals.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db/client", message: "Pages and components call lib/db functions, not the Prisma client." },
          ],
          patterns: [
            {
              group: ["**/db/generated/*", "**/db/generated/**/*", "@prisma/client"],
              message: "Reach the database through lib/db only.",
            },
          ],
        },
      ],
    },
  },
]);
