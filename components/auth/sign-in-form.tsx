"use client";

import { signIn, signOut } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { landingPath } from "@/lib/auth/landing";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { ACCOUNT_DISABLED } from "@/lib/auth/sign-in-errors";

type Session = { actor?: { role: string } } | null;
const readSession = (): Promise<Session> => fetch("/api/auth/session").then((r) => r.json());

// The page asked for (same-site paths only: an open redirect after sign-in would be a phishing aid),
// else where this person's work starts.
const destination = (url: string | null, session: Session) =>
  url ? safeRedirectPath(url, window.location.origin) : landingPath(session?.actor?.role);

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const callbackUrl = params.get("callbackUrl");
  const disabled = params.get("error") === "disabled";

  // The page itself is static; someone already signed in goes straight on to the workbench. A
  // disabled account's session is ended here, so nothing sends it back and forth.
  useEffect(() => {
    if (disabled) {
      void signOut({ redirect: false });
      return;
    }
    readSession()
      .then((session) => {
        if (session?.actor) router.replace(destination(callbackUrl, session));
      })
      .catch(() => undefined);
  }, [router, callbackUrl, disabled]);
  const [error, setError] = useState<string | null>(disabled ? ACCOUNT_DISABLED : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(
        result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.",
      );
      return;
    }
    router.replace(destination(callbackUrl, await readSession().catch(() => null)));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-sky-600"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-sky-600"
        />
      </div>
      {error && (
        <p
          role="alert"
          data-testid="sign-in-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2.5 text-sm font-semibold text-white hover:bg-slate-800 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
