import { z } from "zod";

// The only module that reads process.env: everything else imports `env()`.
// An empty variable counts as unset, so `DATABASE_URL= npm start` falls back to embedded Postgres.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const envSchema = z.object({
  DATABASE_URL: optional(z.string().url()),
  NEXTAUTH_SECRET: optional(z.string().min(16)),
  NEXTAUTH_URL: optional(z.string().url()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CLAIMDESK_DATA_DIR: z.string().default(".data"),
  CLAIMDESK_ORG_NAME: z.string().default("claimdesk"),
  /** The public address of the verdict pages, used in exports and feeds. */
  CLAIMDESK_PUBLIC_URL: optional(z.string().url()),
  /** How readers reach the fact-check desk, printed on the methodology page. */
  CLAIMDESK_CONTACT: z.string().default("Write to the fact-check desk at factcheck@example.org."),
  /** The corrections policy on the methodology page, when the newsroom has its own wording. */
  CLAIMDESK_CORRECTIONS_POLICY: optional(z.string().min(1)),
  /** Hosts the URL importer may fetch even though they are private or local (test servers only). */
  CLAIMDESK_FETCH_ALLOW_HOSTS: z.string().default(""),
  CLAIMDESK_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  CLAIMDESK_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(5_000_000),
  /** Optional language-model extractor: an OpenAI-compatible chat completions endpoint and a model name. */
  CLAIMDESK_LLM_URL: optional(z.string().url()),
  CLAIMDESK_LLM_MODEL: optional(z.string().min(1)),
  CLAIMDESK_LLM_API_KEY: optional(z.string().min(1)),
  CLAIMDESK_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  /** Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. */
  CLAIMDESK_TRUSTED_PROXIES: z.string().default(""),
  /** The longest any one database statement of the app may run (0 = no limit, for bulk benchmark seeding). */
  CLAIMDESK_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof envSchema>;

export function env(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** DATABASE_URL is required once the app runs; the start script sets it for embedded Postgres. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides an embedded Postgres.");
  return url;
}
