import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/guard";
import { AddArticleForm } from "./_components/add-article-form";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage() {
  await requirePageActor("article.create");
  return (
    <div>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Add an article</h1>
      <AddArticleForm />
    </div>
  );
}
