import { type ClassValue, clsx } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins Tailwind classes; later classes win over earlier conflicting ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
