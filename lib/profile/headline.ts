import type { Locale } from "@/lib/i18n/config";

const AT: Record<Locale, string> = { en: "at", de: "bei", it: "presso" };

/**
 * A headline is the member's own words, shown as written to every reader (as on LinkedIn). One
 * left empty is written for them from their title and company, in their own language.
 */
export function defaultHeadline(title: string, company: string, locale: Locale): string {
  if (title && company) return `${title} ${AT[locale]} ${company}`;
  return title || company;
}
