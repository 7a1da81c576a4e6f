import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { VerdictArticle } from "@/components/public/verdict-article";
import { claimReview } from "@/lib/export/claimreview";
import { getPublicVerdict, ratingScale, type PublicVerdict } from "@/lib/db/public-verdicts";
import { jsonLdScript, toPublishedVerdict } from "@/lib/publish/json-ld";
import { SHARE_IMAGE_SIZE, shareImagePath, verdictPath } from "@/lib/publish/paths";
import { site } from "@/lib/site";
import { describeVerdict } from "@/lib/publish/describe-verdict";

// Rendered on the first visit, then served from the cache without touching the database until
// a publish, correction or withdrawal revalidates this path (see lib/publish/paths.ts).
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Params = Promise<{ slug: string }>;
const load = cache((slug: string) => getPublicVerdict(slug));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const v = await load((await params).slug);
  if (!v) return { title: "Fact check not found" };
  const title = v.claim.text.length > 90 ? `${v.claim.text.slice(0, 87)}…` : v.claim.text;
  const shareImage = shareImagePath(v.slug);
  const description = v.unpublishedAt
    ? "This fact check was withdrawn."
    : describeVerdict(v.verdict.rating.label, v.verdict.summary);
  return {
    title,
    description,
    alternates: { canonical: verdictPath(v.slug) },
    robots: v.unpublishedAt ? { index: false } : undefined,
    openGraph: {
      type: "article",
      title,
      description,
      url: verdictPath(v.slug),
      publishedTime: v.firstPublishedAt.toISOString(),
      modifiedTime: v.updatedAt.toISOString(),
      images: [{ url: shareImage, ...SHARE_IMAGE_SIZE, type: "image/png", alt: "The claim and its rating" }],
    },
    twitter: { card: "summary_large_image", title, description, images: [shareImage] },
  };
}

export default async function VerdictPage({ params }: { params: Params }) {
  const v = await load((await params).slug);
  if (!v) notFound();
  return <VerdictArticle v={v}>{!v.unpublishedAt && <JsonLd v={v} />}</VerdictArticle>;
}

async function JsonLd({ v }: { v: PublicVerdict }) {
  const scale = await ratingScale();
  const { name, url } = site();
  const data = claimReview(toPublishedVerdict(v, scale, url), { name, url });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
