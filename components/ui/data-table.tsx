export type Column = { label: string; align?: "left" | "right" };

/**
 * The house table: a calm bordered card with a small-caps header; rows come from the caller. On a
 * narrow screen the card scrolls sideways inside the page instead of widening it.
 */
export function DataTable({
  columns,
  className = "",
  children,
}: {
  columns: Column[];
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm ${className}`}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`px-4 py-3 font-medium ${c.align === "right" ? "text-right" : ""}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
