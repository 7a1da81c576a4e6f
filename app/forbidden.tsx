import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-500">403</p>
      <h1 className="mt-2 text-2xl font-semibold">You do not have access to this page</h1>
      <p className="mt-3 text-slate-600">Your role does not include it. If you need access, ask an admin.</p>
      <Link href="/articles" className="mt-6 inline-block text-sky-700 underline">
        Back to articles
      </Link>
    </main>
  );
}
