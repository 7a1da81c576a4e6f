import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/guard";
import { getArticleOrThrow } from "@/lib/db/articles";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const actor = await requirePageActor("article.read");
  const { articleId } = await params;
  const article = await getArticleOrThrow(actor, articleId).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const paragraphs = article.body.split(/\n{2,}|\n/).filter((p) => p.trim());
  return (
    <article className="mx-auto max-w-[68ch]">
      <p className="text-sm text-slate-600">
        {article.outlet ?? "Unknown outlet"} · {formatDate(article.publishedAt)}
        {article.byline && <> · {article.byline}</>}
        {article.url && <> · <a className="text-sky-700 underline" href={article.url} rel="noopener noreferrer">Original</a></>}
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{article.title}</h1>
      <p className="mt-3 text-sm text-slate-600">{article.claims.length} claims</p>
      <div className="mt-8 space-y-4 font-serif text-lg leading-relaxed text-slate-800">
        {paragraphs.map((p, i) => <p key={i}>{p}</p>)}
      </div>
    </article>
  );
}
