import { env } from "../env";
import type { FetchOptions } from "./guarded-fetch";

/** The URL importer's limits, from the environment (see README, Configuration). */
export function fetchOptions(): FetchOptions {
  const config = env();
  return {
    allowHosts: new Set(
      config.CLAIMDESK_FETCH_ALLOW_HOSTS.split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
    timeoutMs: config.CLAIMDESK_FETCH_TIMEOUT_MS,
    maxBytes: config.CLAIMDESK_FETCH_MAX_BYTES,
    maxRedirects: 5,
    accept: /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i,
  };
}
