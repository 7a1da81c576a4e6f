import type { z } from "zod";

// Postgres text cannot hold a NUL character, and no person types one: it only arrives in forged input.
const NUL = /\u0000/g;

/** The input with every NUL character removed from every string, however deeply nested. */
export function stripNul<T>(value: T): T {
  if (typeof value === "string") return value.replace(NUL, "") as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripNul(v)])) as T;
  }
  return value;
}

/**
 * The one way input from outside (forms, actions, addresses, query strings, sign-in) is validated:
 * NUL characters are stripped, then the schema parses. A ZodError carries the person's message.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  return schema.parse(stripNul(raw));
}

export function safeParseInput<S extends z.ZodType>(schema: S, raw: unknown): ReturnType<S["safeParse"]> {
  return schema.safeParse(stripNul(raw)) as ReturnType<S["safeParse"]>;
}
