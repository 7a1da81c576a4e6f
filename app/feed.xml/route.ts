import { recentPublicationEvents } from "@/lib/db/public-verdicts";
import { verdictFeed } from "@/lib/publish/feed";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

/** GET /feed.xml: new verdicts and corrections as Atom. */
export async function GET() {
  const xml = verdictFeed(await recentPublicationEvents(), site());
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
