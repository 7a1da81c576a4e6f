/** Four eyes on every verdict: the one rule for who may sign a verdict off, shown before the click and enforced on the server. */
export const OWN_VERDICT_REFUSAL = "You wrote this verdict; another editor has to sign it off.";

export function signOffRefusal(actorId: string, verdictAuthorId: string | null | undefined): string | null {
  return verdictAuthorId === actorId ? OWN_VERDICT_REFUSAL : null;
}
