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

function compareIn(locale: Locale): Intl.Collator {
  let compare = collator.get(locale);
  if (!compare) {
    compare = new Intl.Collator(locale);
    collator.set(locale, compare);
  }
  return compare;
}

const byLabel =
  (locale: Locale) =>
  (a: { label: string }, b: { label: string }): number =>
    compareIn(locale).compare(a.label, b.label);

/** The countries the product knows (value: ISO code), in the reader's language and alphabet. */
export function countryOptions(locale: Locale): { value: string; label: string }[] {
  return COUNTRIES.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(
    byLabel(locale),
  );
}

/** The industries (value: the stored English name), in the reader's language and alphabet. */
export function industryOptions(locale: Locale): { value: string; label: string }[] {
  return INDUSTRIES.map((i) => ({ value: i.name, label: industryLabel(i.name, locale) })).sort(
    byLabel(locale),
  );
}

/** The profile form's lists, in the reader's language and alphabet. */
export function profileChoices(locale: Locale): ProfileFormChoices {
  const cities = new Map(COUNTRIES.map((c) => [c.code, c.cities]));
  return {
    countries: countryOptions(locale).map(({ value, label }) => ({
      code: value,
      name: label,
      cities: (cities.get(value) ?? [])
        .map((city) => ({ value: city.name, label: cityName(city, locale) }))
        .sort(byLabel(locale)),
    })),
    industries: industryOptions(locale),
    timeZones: [...timeZones()].sort(),
  };
}
