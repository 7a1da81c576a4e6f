import { z } from "zod";
import { optionalDate, optionalText } from "./fields";

export const MAX_BODY_CHARS = 1_000_000;

export const createArticleSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(500, "Use at most 500 characters for the title."),
  outlet: optionalText(200, "outlet"),
  byline: optionalText(300, "byline"),
  url: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }).optional()),
  publishedAt: optionalDate("Enter the publication date as a date."),
  language: z.string().trim().min(2).max(12).default("en"),
  body: z
    .string()
    .min(1, "Paste the article text.")
    .max(MAX_BODY_CHARS, "The article is longer than 1,000,000 characters; split it into parts.")
    .refine((b) => b.trim().length > 0, "Paste the article text."),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;
