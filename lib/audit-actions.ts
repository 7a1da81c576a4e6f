/**
 * Every action the audit log records, with the words the claim history uses for it. The one list:
 * the data layer can record nothing else, and the history and the burn-down read the same names.
 */
export const AUDIT_ACTIONS = {
  "article.create": "added the article",
  "article.reextract": "ran extraction again",
  "claim.edit": "reworded the claim",
  "claim.add": "added the claim",
  "claim.dismiss": "dismissed the claim",
  "claim.restore": "restored the claim",
  "claim.split": "split the claim",
  "claim.merge": "merged two claims",
  "claim.start_review": "started the review",
  "claim.request_signoff": "sent it for sign-off",
  "claim.sign_off": "signed it off",
  "claim.send_back": "sent it back",
  "claim.reopen": "reopened it for correction",
  "claim.match.confirmed": "confirmed a match",
  "claim.match.dismissed": "dismissed a match",
  "source.add": "added a source",
  "source.edit": "edited a source",
  "source.remove": "removed a source",
  "source.reuse": "reused the sources of a matching claim",
  "verdict.save": "saved the verdict",
  "verdict.reuse": "reused the verdict of a matching claim",
  "verdict.publish": "published the verdict",
  "verdict.correction": "published a correction",
  "verdict.update": "published an update",
  "verdict.republished": "published it again",
  "verdict.unpublish": "withdrew the fact check",
  "session.create": "created the session",
  "session.assign": "assigned claims",
  "session.auto_assign": "assigned claims automatically",
  "session.close": "closed the session",
  "session.reopen": "reopened the session",
  "user.create": "created the account",
  "user.update": "changed the account",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** A workflow transition's action: "SIGN_OFF" → "claim.sign_off". */
export const transitionAction = (
  to: "START_REVIEW" | "REQUEST_SIGNOFF" | "SIGN_OFF" | "SEND_BACK" | "REOPEN",
): AuditAction => `claim.${to.toLowerCase() as Lowercase<typeof to>}`;

/** How the claim history says an action, for any recorded name (older rows included). */
export function describeAuditAction(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}
