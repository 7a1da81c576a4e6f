/** Markdown as the plain text a reader sees: headings, emphasis, links and list markers removed. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```[^]*?^```/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>\s?/gm, "")
    .replace(/^[ \t]*[-*+][ \t]+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])[*_]([^*_\n]+)[*_](?=[^*\w]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, "");
}
