import Link from "next/link";

// Ours rather than Next's built-in page: the built-in one carries its own inline styles in every page's payload.
export default function Unauthorized() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">401</p>
      <h1 className="mt-2 text-2xl font-semibold">Sign in to see this page</h1>
      <Link href="/sign-in" className="mt-6 inline-block text-sky-700 underline">
        Sign in
      </Link>
    </main>
  );
}
