"use client";

export type RatingOption = { id: string; label: string; definition: string; color: string; slug?: string };

/** The rating scale as radio buttons, each rating with its definition in view. */
export function RatingChoice({
  ratings,
  value,
  onChange,
  label = "Rating",
}: {
  ratings: RatingOption[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="grid gap-1.5">
      {ratings.map((r) => (
        <label
          key={r.id}
          className={`flex cursor-pointer gap-2 rounded-md border p-2 text-sm ${value === r.id ? "border-slate-900 bg-white" : "border-slate-200 bg-white/60"}`}
        >
          <input
            type="radio"
            name={label}
            value={r.id}
            checked={value === r.id}
            onChange={() => onChange(r.id)}
            className="mt-0.5"
          />
          <span>
            <span className="font-semibold" style={{ color: r.color }}>
              {r.label}
            </span>
            <span className="block text-xs text-slate-600">{r.definition}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
