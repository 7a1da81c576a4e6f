import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { getActor } from "@/lib/auth/session";

// Every workbench page renders per request for the signed-in user; nothing here is cached publicly.
export const dynamic = "force-dynamic";

export default async function WorkbenchLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return <AppShell actor={actor}>{children}</AppShell>;
}
