import type { Locale } from "@/lib/i18n/config";
import { INDUSTRIES, industryLabel } from "./industries";
import { COUNTRIES, cityName, countryName, timeZones } from "./places";

export interface ProfileFormValues {
  headline: string;
  title: string;
  company: string;
  country: string;
  city: string;
  timeZone: string;
  industry: string;
  about: string;
}

export interface ProfileFormChoices {
  /** Countries in the reader's language, with their cities (value: English, label: theirs). */
  countries: { code: string; name: string; cities: { value: string; label: string }[] }[];
  industries: { value: string; label: string }[];
  timeZones: string[];
}

const collator = new Map<Locale, Intl.Collator>();

/** The profile form's lists, in the reader's language and alphabet. */
export function profileChoices(locale: Locale): ProfileFormChoices {
  let compare = collator.get(locale);
  if (!compare) {
    compare = new Intl.Collator(locale);
    collator.set(locale, compare);
  }
  const byLabel = (a: { label: string }, b: { label: string }) =>
    (compare as Intl.Collator).compare(a.label, b.label);
  return {
    countries: COUNTRIES.map((c) => ({
      code: c.code,
      name: countryName(c.code, locale),
      cities: c.cities
        .map((city) => ({ value: city.name, label: cityName(city, locale) }))
        .sort(byLabel),
    })).sort((a, b) => (compare as Intl.Collator).compare(a.name, b.name)),
    industries: INDUSTRIES.map((i) => ({
      value: i.name,
      label: industryLabel(i.name, locale),
    })).sort(byLabel),
    timeZones: [...timeZones()].sort(),
  };
}
