import type { ComponentProps } from "react";
import { cx } from "./cn";

/** A native select: the most keyboard- and screen-reader-friendly choice for a short list. */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cx(
        "block h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-brand-700 aria-invalid:border-red-700",
        className,
      )}
      {...props}
    />
  );
}
