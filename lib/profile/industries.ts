import type { Locale } from "@/lib/i18n/config";

/**
 * The industries a profile can name. A profile stores the English name (what search filters
 * on); every page shows it in the reader's language. A stored value the list does not know is
 * shown as written.
 */
export const INDUSTRIES = [
  { name: "Automotive", de: "Automobilindustrie", it: "Settore automobilistico" },
  { name: "Biotech", de: "Biotechnologie", it: "Biotecnologie" },
  { name: "Consulting", de: "Unternehmensberatung", it: "Consulenza" },
  { name: "Education", de: "Bildung", it: "Istruzione" },
  { name: "Energy", de: "Energie", it: "Energia" },
  { name: "Finance", de: "Finanzwesen", it: "Finanza" },
  { name: "Healthcare", de: "Gesundheitswesen", it: "Sanità" },
  { name: "Logistics", de: "Logistik", it: "Logistica" },
  { name: "Manufacturing", de: "Fertigung", it: "Manifattura" },
  { name: "Media", de: "Medien", it: "Media" },
  { name: "Retail", de: "Einzelhandel", it: "Commercio al dettaglio" },
  { name: "Software", de: "Software", it: "Software" },
] as const satisfies readonly { name: string; de: string; it: string }[];

export type IndustryName = (typeof INDUSTRIES)[number]["name"];

const byName = new Map<string, (typeof INDUSTRIES)[number]>(INDUSTRIES.map((i) => [i.name, i]));

export function isIndustry(name: string): name is IndustryName {
  return byName.has(name);
}

/** An industry's name in the reader's language. */
export function industryLabel(name: string, locale: Locale): string {
  const known = byName.get(name);
  if (!known || locale === "en") return name;
  return known[locale];
}
