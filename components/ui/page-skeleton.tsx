/**
 * What a list page shows while its data loads: its heading at once and grey rows where the table
 * will be, so the page does not jump and a screen reader hears that it is loading.
 */
export function PageSkeleton({ title, rows = 6 }: { title: string; rows?: number }) {
  return (
    <div aria-busy="true" className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="sr-only" role="status">
        Loading {title.toLowerCase()}…
      </p>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="flex gap-4 border-b border-slate-100 px-4 py-4 last:border-b-0">
            <div className="h-4 flex-1 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-24 animate-pulse rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
