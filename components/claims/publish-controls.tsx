"use client";

import Link from "next/link";
import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { transitionClaimAction } from "@/lib/actions/claims";
import { unpublishClaimAction } from "@/lib/actions/publications";
import { verdictPath } from "@/lib/publish/paths";
import type { StatusKey } from "./status";
import { FormStatus, useActionForm } from "./use-action-form";

type Publication = {
  slug: string;
  unpublishedAt: Date | null;
  unpublishReason: string | null;
  publishedVersion: number;
};
type Props = {
  claimId: string;
  version: number;
  status: StatusKey;
  signedVersion: number | null;
  publication: Publication | null;
  canPublish: boolean;
};

const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";
const primary =
  "rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60";

/**
 * Publishing, correcting and withdrawing. Publishing goes through a preview of the public page
 * (/claims/…/publish); readers keep seeing the published version until a newer signed-off version
 * is published with a note saying what changed. The server checks every step.
 */
export function PublishControls({ claimId, version, status, signedVersion, publication, canPublish }: Props) {
  const unpublish = useActionForm(unpublishClaimAction, { success: "Withdrawn" });
  const reopen = useActionForm(transitionClaimAction, { success: "Reopened for correction" });
  const [reason, setReason] = useState("");
  const [why, setWhy] = useState("");

  const live = publication && !publication.unpublishedAt;
  const newer =
    status === "VERIFIED" && signedVersion !== null && (!publication || signedVersion > publication.publishedVersion);
  const republish = status === "VERIFIED" && publication?.unpublishedAt && !newer;

  return (
    <div className="space-y-3 text-sm" data-testid="publication">
      {publication ? (
        <p className="text-slate-700">
          {live ? (
            <>Published (version {publication.publishedVersion}). </>
          ) : (
            <>Withdrawn: {publication.unpublishReason} </>
          )}
          <Link href={verdictPath(publication.slug)} className="text-sky-800 underline" target="_blank">
            Public page
          </Link>
        </p>
      ) : (
        <p className="text-slate-600">
          {status === "VERIFIED"
            ? "Verified, not published yet."
            : "Not published. A claim can be published once an editor has signed off its verdict."}
        </p>
      )}
      {live && status !== "VERIFIED" && (
        <p className="text-slate-600">
          Readers see version {publication.publishedVersion} until the correction is signed off and published.
        </p>
      )}
      {!canPublish ? null : (
        <>
          {(newer || republish) && (
            <Link href={`/claims/${claimId}/publish`} className={`${primary} inline-block`}>
              {!publication
                ? "Preview and publish"
                : republish
                  ? "Preview and publish again"
                  : "Preview and publish correction"}
            </Link>
          )}
          {status === "VERIFIED" && !(newer && publication) && (
            <div className="space-y-3">
              <form
                aria-label="Reopen for correction"
                className="space-y-1"
                onSubmit={(e) => {
                  e.preventDefault();
                  reopen.run({ claimId, version, to: "REOPEN", comment: why });
                }}
              >
                <label htmlFor="reopen-comment" className="block text-xs text-slate-600">
                  What needs correcting (for the team)
                </label>
                <div className="flex gap-2">
                  <input
                    id="reopen-comment"
                    value={why}
                    onChange={(e) => setWhy(e.target.value)}
                    className={inputClass}
                  />
                  <button type="submit" className={`${button} shrink-0`} disabled={reopen.busy}>
                    Reopen for correction
                  </button>
                </div>
              </form>
              {live && !newer && (
                <form
                  aria-label="Withdraw fact check"
                  className="space-y-1"
                  onSubmit={(e) => {
                    e.preventDefault();
                    unpublish.run({ claimId, version, reason });
                  }}
                >
                  <label htmlFor="withdraw-reason" className="block text-xs text-slate-600">
                    Why it is withdrawn (shown to readers)
                  </label>
                  <div className="flex gap-2">
                    <input
                      id="withdraw-reason"
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                      className={inputClass}
                    />
                    <button type="submit" className={`${button} shrink-0 text-red-800`} disabled={unpublish.busy}>
                      Withdraw
                    </button>
                  </div>
                </form>
              )}
            </div>
          )}
        </>
      )}
      {[unpublish, reopen].map((f, i) => (
        <FormStatus key={i} message={f.message} ok={f.ok} />
      ))}
    </div>
  );
}
