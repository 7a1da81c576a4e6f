import { STATUS, type StatusKey } from "./status";

export function StatusBadge({ status }: { status: StatusKey }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS[status].badge}`}>{STATUS[status].label}</span>
  );
}
