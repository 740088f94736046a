import "server-only";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { localizedFor } from "@/lib/i18n/translator";
import { INDUSTRIES, industryLabel } from "@/lib/profile/industries";
import { COUNTRIES, countryName } from "@/lib/profile/places";

/** The audience filters' choices, labelled in the reader's language and sorted by label. */
export function audienceOptions(locale: Locale) {
  const { t } = localizedFor(locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    a.label.localeCompare(b.label, locale);
  return {
    countries: COUNTRIES.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(
      byLabel,
    ),
    industries: INDUSTRIES.map((i) => ({
      value: i.name,
      label: industryLabel(i.name, locale),
    })).sort(byLabel),
    languages: LOCALES.map((l) => ({ value: l, label: t(`language.${l}` as "language.en") })),
  };
}
