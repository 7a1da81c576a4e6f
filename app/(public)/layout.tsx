import type { Metadata } from "next";
import { site } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const { name, url } = site();
  return {
    metadataBase: new URL(url),
    title: { default: `${name} fact checks`, template: `%s · ${name}` },
    description: `Claims from the news, checked against primary sources by ${name}.`,
    alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: `${name} fact checks` }] } },
  };
}

// Plain links: the public pages are read, not navigated as an app, and must work without JavaScript.
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  const { name } = site();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="border-b border-slate-200 print:hidden">
        <nav
          aria-label="Site"
          className="mx-auto flex min-h-14 max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-5 py-2"
        >
          <a href="/" className="font-semibold tracking-tight">
            {name} <span className="font-normal text-slate-600">fact checks</span>
          </a>
          <div className="flex gap-4 whitespace-nowrap text-sm text-slate-700 sm:gap-5">
            <a href="/verdicts" className="hover:text-slate-950">
              All fact checks
            </a>
            <a href="/methodology" className="hover:text-slate-950">
              How we check
            </a>
            <a href="/sign-in" className="hover:text-slate-950">
              Staff sign-in
            </a>
          </div>
        </nav>
      </header>
      <main className="mx-auto w-full max-w-3xl flex-1 px-5 py-8 sm:py-10">{children}</main>
      <footer className="border-t border-slate-200 print:hidden">
        <div className="mx-auto flex max-w-3xl flex-wrap gap-x-5 gap-y-1 px-5 py-6 text-sm text-slate-600">
          <span>© {name}</span>
          <a href="/methodology" className="hover:text-slate-900">
            Methodology and corrections policy
          </a>
          <a href="/feed.xml" className="hover:text-slate-900">
            Feed (Atom)
          </a>
        </div>
      </footer>
    </div>
  );
}
