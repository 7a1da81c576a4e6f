"use server";
import { publishClaim, unpublishClaim } from "../db/publications";
import { publicPathsFor } from "../publish/paths";
import { publishSchema, unpublishSchema } from "../validation/publications";
import { authedAction } from "./authed-action";

const revalidate = ({ slug }: { slug: string }) => publicPathsFor(slug);

export const publishClaimAction = authedAction(
  { schema: publishSchema, permission: "verdict.publish", revalidate },
  publishClaim,
);
export const unpublishClaimAction = authedAction(
  { schema: unpublishSchema, permission: "verdict.publish", revalidate },
  unpublishClaim,
);
