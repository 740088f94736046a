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

const SIZES = {
  xs: "size-6 text-[10px]",
  sm: "size-8 text-xs",
  md: "size-12 text-base",
  lg: "size-16 text-xl",
  xl: "size-28 text-4xl",
};

/**
 * The member's photo, or their initials on a colour picked from the member id. Decorative either
 * way: the name is always shown beside it.
 */
export function Avatar({
  name,
  seed,
  photoId,
  size = "md",
  className,
}: {
  name: string;
  seed: string;
  /** members.photo_id: the photo is served at /photos/{id}. */
  photoId?: string | null;
  size?: "xs" | "sm" | "md" | "lg" | "xl";
  className?: string;
}) {
  const sizes = SIZES;
  if (photoId) {
    return (
      // biome-ignore lint/performance/noImgElement: a small square the server already encoded; next/image would re-encode it again.
      <img
        src={`/photos/${photoId}`}
        alt=""
        aria-hidden="true"
        loading="lazy"
        decoding="async"
        width={400}
        height={400}
        className={cx("shrink-0 rounded-full bg-slate-200 object-cover", sizes[size], className)}
      />
    );
  }
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
