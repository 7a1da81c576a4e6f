"use client";

import Link from "next/link";

/**
 * What a failed page says inside its section: the navigation around it keeps working, the person
 * learns nothing was lost, and gets a way on (try again, or a page that works). The reference lets
 * an admin find the server's log line.
 */
export function SegmentError({
  error,
  reset,
  home,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  home: { href: string; label: string };
}) {
  return (
    <section role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-3 text-slate-600">
        Nothing you saved was lost. Try again; if it keeps happening, tell an admin
        {error.digest ? (
          <>
            {" "}
            and give them the reference <code className="rounded bg-slate-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white"
        >
          Try again
        </button>
        <Link href={home.href} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium">
          {home.label}
        </Link>
      </div>
    </section>
  );
}
