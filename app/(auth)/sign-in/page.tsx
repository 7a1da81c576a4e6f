import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// A static page: served from the build, with no session lookup on the server.
export default function SignInPage() {
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="text-center text-lg font-semibold tracking-tight">claimdesk</p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-xl font-semibold">Sign in to the workbench</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">For newsroom staff. Published fact checks need no account.</p>
          <Suspense>
            <SignInForm />
          </Suspense>
        </div>
      </div>
    </main>
  );
}
