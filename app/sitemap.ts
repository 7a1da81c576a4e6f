import type { MetadataRoute } from "next";
import { publicationPages } from "@/lib/db/public-verdicts";
import { verdictUrl } from "@/lib/publish/paths";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { url } = site();
  const pages = await publicationPages();
  return [
    { url: `${url}/`, changeFrequency: "daily" },
    { url: `${url}/verdicts`, changeFrequency: "daily" },
    { url: `${url}/methodology`, changeFrequency: "monthly" },
    ...pages.map((p) => ({ url: verdictUrl(url, p.slug), lastModified: p.updatedAt })),
  ];
}
