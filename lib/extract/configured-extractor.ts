import { env } from "../env";
import { extractWithLlm, type LlmConfig } from "./llm";
import { ExtractionFailed, extractClaimsOffThread } from "./off-thread";
import { AppError } from "../errors";
import type { ExtractOptions, ExtractResult } from "./types";

export type ClaimOrigin = "EXTRACTED" | "LLM";

export function llmConfig(): LlmConfig | null {
  const config = env();
  if (!config.CLAIMDESK_LLM_URL || !config.CLAIMDESK_LLM_MODEL) return null;
  return {
    url: config.CLAIMDESK_LLM_URL,
    model: config.CLAIMDESK_LLM_MODEL,
    apiKey: config.CLAIMDESK_LLM_API_KEY,
    timeoutMs: config.CLAIMDESK_LLM_TIMEOUT_MS,
  };
}

/** The configured extractor: the language model when one is set up and answers well, the rules otherwise. */
export async function extractArticleClaims(
  text: string,
  options: ExtractOptions = {},
  config = llmConfig(),
): Promise<ExtractResult & { origin: ClaimOrigin }> {
  const rules = await extractClaimsOffThread(text, options).catch((err: unknown) => {
    throw err instanceof ExtractionFailed ? new AppError("INVALID_INPUT", err.message) : err;
  });
  if (!config) return { ...rules, origin: "EXTRACTED" };
  const claims = await extractWithLlm(text, config, options);
  return claims ? { claims, skipped: rules.skipped, origin: "LLM" } : { ...rules, origin: "EXTRACTED" };
}
