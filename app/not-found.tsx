import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-3 text-slate-600">The link may be mistyped, or the item was removed.</p>
      <Link href="/" className="mt-6 inline-block text-sky-700 underline">
        Go to the start page
      </Link>
    </main>
  );
}
