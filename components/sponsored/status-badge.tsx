import { cx } from "@/components/ui/cn";

const TONES = {
  draft: "bg-slate-100 text-slate-800",
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-amber-100 text-amber-900",
  completed: "bg-brand-50 text-brand-800",
  ended: "bg-slate-200 text-slate-800",
} as const;

/** A sponsored campaign's status as a small label (the text comes translated). */
export function StatusBadge({ status, label }: { status: keyof typeof TONES; label: string }) {
  return <span className={cx("rounded px-1.5 text-xs font-semibold", TONES[status])}>{label}</span>;
}
