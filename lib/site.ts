import { env } from "./env";

export type Site = { name: string; url: string; contact: string; correctionsPolicy: string };

const DEFAULT_CORRECTIONS_POLICY =
  "When we get something wrong, or new evidence changes a verdict, we say so on the verdict page: the new rating replaces the old one, " +
  "and a dated note under “Corrections and updates” explains what changed. Earlier ratings stay listed there. " +
  "A fact check is withdrawn only when it cannot be corrected; its page then says when and why.";

/** The public face of the desk: its name, address, contact line and corrections policy, all from the environment. */
export function site(): Site {
  const config = env();
  return {
    name: config.CLAIMDESK_ORG_NAME,
    url: (config.CLAIMDESK_PUBLIC_URL ?? config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ""),
    contact: config.CLAIMDESK_CONTACT,
    correctionsPolicy: config.CLAIMDESK_CORRECTIONS_POLICY ?? DEFAULT_CORRECTIONS_POLICY,
  };
}
