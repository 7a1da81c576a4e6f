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
        components={{
          a: ({ href, children }) => (
            <a href={href} rel="nofollow noopener noreferrer" className="text-sky-800 underline">
              {children}
            </a>
          ),
          // Tailwind's reset removes list markers: a rationale's lists keep their bullets and numbers.
          ul: ({ children }) => <ul className="list-disc space-y-1 pl-6">{children}</ul>,
          ol: ({ children }) => <ol className="list-decimal space-y-1 pl-6">{children}</ol>,
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
