import { cx } from "./cn";

const PALETTE = [
  "bg-sky-700",
  "bg-emerald-700",
  "bg-amber-700",
  "bg-rose-700",
  "bg-indigo-700",
  "bg-teal-700",
  "bg-fuchsia-700",
  "bg-slate-700",
];

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

function colorOf(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? "bg-slate-700";
}

/** Initials on a colour picked from the member id: decorative, the name is always shown beside it. */
export function Avatar({
  name,
  seed,
  size = "md",
  className,
}: {
  name: string;
  seed: string;
  size?: "xs" | "sm" | "md" | "lg" | "xl";
  className?: string;
}) {
  const sizes = {
    xs: "size-6 text-[10px]",
    sm: "size-8 text-xs",
    md: "size-12 text-base",
    lg: "size-16 text-xl",
    xl: "size-28 text-4xl",
  };
  // The initials are drawn by CSS (not text in the page): the avatar is decoration beside a
  // name, and a control that holds one is named by its words alone (label in name, WCAG 2.5.3).
  return (
    <span
      aria-hidden="true"
      data-initials={initialsOf(name)}
      className={cx(
        "inline-flex shrink-0 select-none items-center justify-center rounded-full font-semibold text-white before:content-[attr(data-initials)]",
        sizes[size],
        colorOf(seed),
        className,
      )}
    />
  );
}
