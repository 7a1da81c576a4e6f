import { ImageResponse } from "next/og";
import { getPublicVerdict } from "@/lib/db/public-verdicts";
import { SHARE_IMAGE_SIZE } from "@/lib/publish/paths";
import { site } from "@/lib/site";

// Rendered once per verdict and kept in the shared page cache until a publish, correction or
// withdrawal revalidates the verdict's paths (lib/publish/paths.ts), like the page itself.
export const dynamic = "force-static";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const size = SHARE_IMAGE_SIZE;

/** GET /verdicts/:slug/share.png: the card shown when a verdict is shared (the claim, the rating in its colour, the desk's name). */
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const v = await getPublicVerdict((await params).slug);
  const live = v && !v.unpublishedAt;
  const claim = v ? (v.claim.text.length > 180 ? `${v.claim.text.slice(0, 177)}…` : v.claim.text) : "Fact check";
  const rating = live ? v.verdict.rating : { label: v ? "Withdrawn" : "Not found", color: "#475569" };
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#ffffff",
        borderLeft: `24px solid ${rating.color}`,
      }}
    >
      <div style={{ fontSize: 30, color: "#475569" }}>{`${site().name} · Fact check`}</div>
      <div style={{ fontSize: 52, lineHeight: 1.2, color: "#0f172a" }}>{`“${claim}”`}</div>
      <div style={{ display: "flex" }}>
        <div
          style={{
            fontSize: 44,
            color: "#ffffff",
            background: rating.color,
            padding: "10px 28px",
            borderRadius: 8,
            textTransform: "uppercase",
          }}
        >
          {rating.label}
        </div>
      </div>
    </div>,
    size,
  );
}
