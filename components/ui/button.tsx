import type { ComponentProps } from "react";
import { cx } from "./cn";

const BUTTON_BASE =
  "inline-flex items-center justify-center gap-2 rounded-full font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:pointer-events-none disabled:opacity-60";

const BUTTON_VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 text-brand-700 hover:bg-brand-50 hover:border-brand-800",
  ghost: "text-slate-700 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

const BUTTON_SIZES = {
  sm: "h-8 whitespace-nowrap px-3 text-sm",
  md: "h-10 whitespace-nowrap px-5 text-sm",
  lg: "h-12 whitespace-nowrap px-6 text-base",
  /** As tall as a text field, beside one. */
  field: "h-11 whitespace-nowrap px-6 text-base",
  /** The width of its column; a long label wraps. */
  block: "min-h-10 w-full whitespace-normal px-5 py-2 text-center text-sm",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export type ButtonSize = keyof typeof BUTTON_SIZES;

/** The classes of a button of this variant and size (primary, md by default). */
export function buttonVariants({
  variant,
  size,
}: {
  variant?: ButtonVariant | null;
  size?: ButtonSize | null;
} = {}): string {
  return `${BUTTON_BASE} ${BUTTON_VARIANTS[variant ?? "primary"]} ${BUTTON_SIZES[size ?? "md"]}`;
}

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant | null;
  size?: ButtonSize | null;
};

/**
 * A button; for a link that looks like one, put buttonVariants() on the link. `className` adds
 * (a margin, a width) and never overrides: sizes and variants do that.
 */
export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button className={cx(buttonVariants({ variant, size }), className)} {...props} />;
}
