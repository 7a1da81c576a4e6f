"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

/**
 * Ends the session, then goes to sign-in on the address the person is using: next-auth's own
 * redirect would send them to NEXTAUTH_URL's host (localhost) when they came by another name.
 */
export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/sign-in");
        router.refresh();
      }}
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      Sign out
    </button>
  );
}
