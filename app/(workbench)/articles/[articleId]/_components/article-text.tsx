import Link from "next/link";
import { STATUS, type StatusKey } from "@/components/claims/status";
import type { Paragraph } from "@/lib/articles/highlight";

/** The article in a reading measure; each claim's words are tinted by status and open its panel. */
export function ArticleText({
  articleId,
  paragraphs,
  claims,
  selectedId,
}: {
  articleId: string;
  paragraphs: Paragraph[];
  claims: Map<string, { status: StatusKey; text: string }>;
  selectedId: string | null;
}) {
  return (
    <div className="mt-8 space-y-4 font-serif text-lg leading-relaxed text-slate-800" data-article-text>
      {paragraphs.map((p) => (
        <p key={p.start} data-paragraph={p.start}>
          {p.pieces.map((piece) => {
            const id = piece.ids.includes(selectedId ?? "") ? selectedId! : piece.ids[0];
            const claim = id ? claims.get(id) : undefined;
            if (!claim || !id)
              return (
                <span key={piece.start} data-offset={piece.start}>
                  {piece.text}
                </span>
              );
            const focused = id === selectedId ? "outline outline-2 outline-offset-1 outline-slate-900" : "";
            return (
              <Link
                key={piece.start}
                href={`/articles/${articleId}?claim=${id}`}
                scroll={false}
                data-claim-highlight={id}
                data-offset={piece.start}
                title={`${STATUS[claim.status].label}: ${claim.text}`}
                className={`rounded-sm ${STATUS[claim.status].tint} ${focused} text-inherit no-underline hover:brightness-95`}
              >
                {piece.text}
              </Link>
            );
          })}
        </p>
      ))}
    </div>
  );
}
