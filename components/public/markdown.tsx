import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * A rationale written in Markdown, made safe for readers: raw HTML is dropped, `javascript:` and
 * other unsafe links are removed, the result is sanitised again, and images (which would call
 * other sites) are not shown.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-rationale space-y-3 leading-relaxed">
      <ReactMarkdown
        rehypePlugins={[rehypeSanitize]}
        disallowedElements={["img"]}
        components={{ a: ({ href, children }) => <a href={href} rel="nofollow noopener noreferrer" className="text-sky-800 underline">{children}</a> }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
