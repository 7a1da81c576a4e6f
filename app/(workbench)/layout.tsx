import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { getSessionState } from "@/lib/auth/session";
import { waitingCount } from "@/lib/db/queue";
import { REQUEST_PATH_HEADER } from "@/lib/net/request-path";

// Every workbench page renders per request for the signed-in user; nothing here is cached publicly.
export const dynamic = "force-dynamic";

export default async function WorkbenchLayout({ children }: { children: React.ReactNode }) {
  const state = await getSessionState();
  // A disabled account is told so (and signed out there), instead of bouncing between pages.
  if (!state.actor && state.disabled) redirect("/sign-in?error=disabled");
  if (!state.actor) {
    // Back to the address asked for after signing in (the sign-in form keeps it on this site).
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(
      asked && asked.startsWith("/") && !asked.startsWith("//")
        ? `/sign-in?callbackUrl=${encodeURIComponent(asked)}`
        : "/sign-in",
    );
  }
  return (
    <AppShell actor={state.actor} waiting={await waitingCount(state.actor)}>
      {children}
    </AppShell>
  );
}
