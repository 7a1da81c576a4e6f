import Link from "next/link";
import { can, type Actor } from "@/lib/auth/permissions";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const ROLE_LABEL = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" } as const;

/** "3", or "999+" for a queue nobody will count by eye. */
const shortCount = (n: number) => (n > 999 ? "999+" : String(n));

export function AppShell({ actor, waiting, children }: { actor: Actor; waiting: number; children: React.ReactNode }) {
  const waitingFor = actor.role === "REVIEWER" ? "assigned to you" : "waiting for your sign-off";
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        {/* On a phone the navigation takes a row of its own under the name and Sign out. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:h-14 sm:flex-nowrap sm:px-6 sm:py-0">
          <Link href="/articles" className="font-semibold tracking-tight">
            claimdesk
          </Link>
          <nav
            aria-label="Main"
            className="order-last -mx-2 flex w-full items-center gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto"
          >
            <NavLink href="/articles">Articles</NavLink>
            <NavLink href="/queue">
              Queue
              {waiting > 0 && (
                <span
                  data-testid="waiting-count"
                  title={`${shortCount(waiting)} ${waitingFor}`}
                  className="ml-1.5 rounded-full bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
                >
                  {shortCount(waiting)}
                  <span className="sr-only"> {waitingFor}</span>
                </span>
              )}
            </NavLink>
            <NavLink href="/sessions">Sessions</NavLink>
            <NavLink href="/exports">Exports</NavLink>
            {can(actor, "user.manage") && <NavLink href="/admin/users">Admin</NavLink>}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <span className="max-w-40 truncate text-sm text-slate-700 sm:max-w-none" data-testid="current-user">
              {actor.name}{" "}
              <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">
                {ROLE_LABEL[actor.role]}
              </span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}
