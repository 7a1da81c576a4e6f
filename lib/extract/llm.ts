import { z } from "zod";
import { scoreClaim } from "./classify";
import type { ExtractedClaimType, ExtractedClaim, ExtractOptions } from "./types";
import { claimFacts } from "./claim-facts";

export type LlmConfig = { url: string; model: string; apiKey?: string; timeoutMs: number };

const TYPES = ["statistic", "event", "quote", "comparison", "prediction", "causal", "other"] as const;

const INSTRUCTIONS = `You split a news article into atomic, check-worthy factual claims.
Return JSON: {"claims":[{"text": string, "quote": string, "type": one of ${TYPES.join(", ")}, "speaker": string or null}]}.
"quote" must be copied character for character from the article. "text" restates exactly one fact and keeps hedges, negation and attribution.
Leave out opinions, questions, bylines, photo credits and site boilerplate.`;

const answerSchema = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) });
const claimsSchema = z.object({
  claims: z.array(
    z.object({
      text: z.string().min(1).max(1000),
      quote: z.string().min(1),
      type: z.string().optional(),
      speaker: z.string().nullish(),
    }),
  ),
});

const RESPONSE_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "claims",
    schema: {
      type: "object",
      required: ["claims"],
      properties: {
        claims: {
          type: "array",
          items: {
            type: "object",
            required: ["text", "quote"],
            properties: {
              text: { type: "string" },
              quote: { type: "string" },
              type: { type: "string", enum: TYPES },
              speaker: { type: ["string", "null"] },
            },
          },
        },
      },
    },
  },
};

/** Anchors the model's claims in the article: a quote not found verbatim is dropped, offsets are ours. */
function anchor(
  article: string,
  claims: z.infer<typeof claimsSchema>["claims"],
  options: ExtractOptions,
): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const used = new Set<number>();
  for (const c of claims) {
    let start = article.indexOf(c.quote);
    while (start >= 0 && used.has(start)) start = article.indexOf(c.quote, start + 1);
    if (start < 0) continue;
    used.add(start);
    const { quantities, dates } = claimFacts(c.text, options.referenceDate);
    const speaker = c.speaker?.trim() || null;
    const type: ExtractedClaimType = (TYPES as readonly string[]).includes(c.type ?? "")
      ? (c.type as ExtractedClaimType)
      : "other";
    out.push({
      text: c.text.trim(),
      quote: c.quote,
      start,
      end: start + c.quote.length,
      type,
      score: scoreClaim(c.text, { quantities, dates, names: 0, speaker }),
      speaker,
      quantities,
      dates,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Asks a language model for the claims. Returns null on any failure (network, timeout, refusal,
 * invalid JSON, no claim found verbatim) so the caller falls back to the rule-based extractor.
 */
export async function extractWithLlm(
  article: string,
  config: LlmConfig,
  options: ExtractOptions = {},
): Promise<ExtractedClaim[] | null> {
  try {
    const res = await fetch(config.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: config.model,
        temperature: 0,
        response_format: RESPONSE_FORMAT,
        messages: [
          { role: "system", content: INSTRUCTIONS },
          { role: "user", content: article },
        ],
      }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    if (!res.ok) return null;
    const answer = answerSchema.parse(await res.json());
    const parsed = claimsSchema.parse(JSON.parse(answer.choices[0].message.content));
    const claims = anchor(article, parsed.claims, options);
    return claims.length ? claims : null;
  } catch {
    return null;
  }
}
