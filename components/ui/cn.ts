import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins Tailwind classes; later classes win over earlier conflicting ones (tailwind-merge).
 * For server components only: tailwind-merge carries Tailwind's whole class map (7 KB of
 * JavaScript) — client components and the primitives they use join with `cx` and take their
 * overrides as props (a size, a variant), never as conflicting classes.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}

/** Joins classes without resolving conflicts: for client code. */
export { clsx as cx } from "clsx";
