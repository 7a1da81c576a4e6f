import type { MetadataRoute } from "next";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

// The workbench is behind sign-in anyway; this keeps crawlers from knocking on its doors.
export default function robots(): MetadataRoute.Robots {
  const { url } = site();
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/verdicts", "/methodology", "/feed.xml"],
      disallow: ["/articles", "/queue", "/sessions", "/exports", "/admin", "/api/", "/sign-in"],
    },
    sitemap: `${url}/sitemap.xml`,
  };
}
