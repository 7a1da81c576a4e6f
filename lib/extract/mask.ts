/**
 * Replaces markup with spaces of the same length, so every offset into the masked text is an
 * offset into the input: `input.slice(start, end)` stays the verbatim quote.
 */
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

export function maskMarkup(input: string): string {
  return (
    input
      .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, (m) => " ".repeat(m.length))
      .replace(/<\/?[a-zA-Z][^<>]{0,2000}>|<!--[^]*?-->/g, (m) =>
        /^<\/?(p|div|br|h\d|li|tr|section|article)\b/i.test(m) ? "\n" + " ".repeat(m.length - 1) : " ".repeat(m.length),
      )
      .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, name: string) => {
        const lower = name.toLowerCase();
        const char = lower.startsWith("#x")
          ? safeChar(parseInt(lower.slice(2), 16))
          : lower.startsWith("#")
            ? safeChar(parseInt(lower.slice(1), 10))
            : ENTITIES[lower];
        return char && char.length === 1 ? char + " ".repeat(m.length - 1) : m;
      })
      // A link is no words of the article ("… whenever needed pic.twitter.com/MYwRz9euaq").
      .replace(/\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/gi, (m) => " ".repeat(m.length))
      .replace(/\r/g, " ")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ")
  );
}

function safeChar(code: number): string | undefined {
  return code > 31 && code < 0xd800 ? String.fromCharCode(code) : undefined;
}
