import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cx } from "./cn";

export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-full font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:pointer-events-none disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white hover:bg-brand-800",
        secondary:
          "border border-brand-700 text-brand-700 hover:bg-brand-50 hover:border-brand-800",
        ghost: "text-slate-700 hover:bg-slate-100",
        danger: "bg-red-700 text-white hover:bg-red-800",
      },
      size: {
        sm: "h-8 whitespace-nowrap px-3 text-sm",
        md: "h-10 whitespace-nowrap px-5 text-sm",
        lg: "h-12 whitespace-nowrap px-6 text-base",
        /** As tall as a text field, beside one. */
        field: "h-11 whitespace-nowrap px-6 text-base",
        /** The width of its column; a long label wraps. */
        block: "min-h-10 w-full whitespace-normal px-5 py-2 text-center text-sm",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = ComponentProps<"button"> & VariantProps<typeof buttonVariants>;

/**
 * A button; for a link that looks like one, put buttonVariants() on the link. `className` adds
 * (a margin, a width) and never overrides: sizes and variants do that.
 */
export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button className={cx(buttonVariants({ variant, size }), className)} {...props} />;
}
