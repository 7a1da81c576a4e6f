import type { El } from "./dom";

const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "TR",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "TABLE",
  "HEADER",
  "BR",
  "HR",
]);

/** Text with a blank line between blocks, so paragraphs and headings stay separate. */
export function blocksToText(root: El): string {
  const out: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) out.push(text);
    line = "";
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: { node: El | { nodeType: number; textContent: string | null }; exit?: boolean }[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    const el = node as El;
    if ((node as { nodeType: number }).nodeType === 3) {
      line += node.textContent ?? "";
      continue;
    }
    if ((node as { nodeType: number }).nodeType !== 1) continue;
    const block = BLOCK.has(el.tagName);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i] as El });
  }
  flush();
  return out.join("\n\n");
}
