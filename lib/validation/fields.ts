import { z } from "zod";

/** An empty form field or query parameter counts as not given. */
export const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Optional free text: trimmed, bounded, and empty means absent. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters for the ${label}.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Optional date from a form field: empty means absent, anything else must be a date. */
export const optionalDate = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.date({ error: message }).optional());
