import "server-only";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { localizedFor } from "@/lib/i18n/translator";
import { countryOptions, industryOptions } from "@/lib/profile/choices";

/** The audience filters' choices, labelled in the reader's language (the profile form's lists). */
export function audienceOptions(locale: Locale) {
  const { t } = localizedFor(locale);
  return {
    countries: countryOptions(locale),
    industries: industryOptions(locale),
    languages: LOCALES.map((l) => ({ value: l, label: t(`language.${l}` as "language.en") })),
  };
}
