import Link from "next/link";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-slate-200">
        <div className="mx-auto flex h-14 max-w-3xl items-center justify-between px-5">
          <Link href="/" className="font-semibold tracking-tight">claimdesk <span className="font-normal text-slate-500">fact checks</span></Link>
          <Link href="/sign-in" className="text-sm text-slate-600 hover:text-slate-900">Staff sign-in</Link>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-5 py-10">{children}</main>
    </div>
  );
}
