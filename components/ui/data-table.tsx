export type Column = { label: string; align?: "left" | "right" };

/** The house table: a calm bordered card with a small-caps header; rows come from the caller. */
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
    <table
      className={`w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-left text-sm shadow-sm ${className}`}
    >
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
  );
}
