export function ClaimProgress({ verified, total }: { verified: number; total: number }) {
  const percent = total ? Math.round((verified / total) * 100) : 0;
  return (
    <div className="flex items-center gap-3">
      <div
        className="h-1.5 w-28 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={`${verified} of ${total} claims verified`}
      >
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs tabular-nums text-slate-600">
        {verified}/{total} verified
      </span>
    </div>
  );
}
