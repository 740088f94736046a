import type { Locale } from "@/lib/i18n/config";

/**
 * Where members can say they live: the countries and cities the product knows, each with its time
 * zone and its names in the UI languages. A profile stores the English form ("Munich, Germany")
 * and the country code; every page shows it in the reader's language. Other places can still be
 * typed: they are shown as written.
 */
export interface City {
  /** The English name, as stored in a profile's location. */
  name: string;
  timeZone: string;
  de?: string;
  it?: string;
}

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The English name, as stored in a profile's location (Intl's own English name). */
  name: string;
  timeZone: string;
  cities: readonly City[];
}

const city = (name: string, timeZone: string, de?: string, it?: string): City => ({
  name,
  timeZone,
  de,
  it,
});

const BERLIN = "Europe/Berlin";
const ROME = "Europe/Rome";
const ZURICH = "Europe/Zurich";
const VIENNA = "Europe/Vienna";
const LONDON = "Europe/London";
const DUBLIN = "Europe/Dublin";
const PARIS = "Europe/Paris";
const MADRID = "Europe/Madrid";
const AMSTERDAM = "Europe/Amsterdam";

export const COUNTRIES: readonly Country[] = [
  {
    code: "DE",
    name: "Germany",
    timeZone: BERLIN,
    cities: [
      city("Berlin", BERLIN, "Berlin", "Berlino"),
      city("Cologne", BERLIN, "Köln", "Colonia"),
      city("Düsseldorf", BERLIN),
      city("Frankfurt", BERLIN, "Frankfurt am Main", "Francoforte"),
      city("Hamburg", BERLIN, "Hamburg", "Amburgo"),
      city("Leipzig", BERLIN, "Leipzig", "Lipsia"),
      city("Munich", BERLIN, "München", "Monaco di Baviera"),
      city("Nuremberg", BERLIN, "Nürnberg", "Norimberga"),
      city("Stuttgart", BERLIN, "Stuttgart", "Stoccarda"),
    ],
  },
  {
    code: "IT",
    name: "Italy",
    timeZone: ROME,
    cities: [
      city("Bologna", ROME),
      city("Florence", ROME, "Florenz", "Firenze"),
      city("Milan", ROME, "Mailand", "Milano"),
      city("Naples", ROME, "Neapel", "Napoli"),
      city("Padua", ROME, "Padua", "Padova"),
      city("Rome", ROME, "Rom", "Roma"),
      city("Turin", ROME, "Turin", "Torino"),
      city("Verona", ROME),
    ],
  },
  {
    code: "CH",
    name: "Switzerland",
    timeZone: ZURICH,
    cities: [
      city("Basel", ZURICH, "Basel", "Basilea"),
      city("Bern", ZURICH, "Bern", "Berna"),
      city("Geneva", ZURICH, "Genf", "Ginevra"),
      city("Lausanne", ZURICH, "Lausanne", "Losanna"),
      city("Lugano", ZURICH),
      city("Zurich", ZURICH, "Zürich", "Zurigo"),
    ],
  },
  {
    code: "AT",
    name: "Austria",
    timeZone: VIENNA,
    cities: [
      city("Graz", VIENNA),
      city("Innsbruck", VIENNA),
      city("Linz", VIENNA),
      city("Salzburg", VIENNA, "Salzburg", "Salisburgo"),
      city("Vienna", VIENNA, "Wien", "Vienna"),
    ],
  },
  {
    code: "GB",
    name: "United Kingdom",
    timeZone: LONDON,
    cities: [
      city("Bristol", LONDON),
      city("Cambridge", LONDON),
      city("Edinburgh", LONDON, "Edinburgh", "Edimburgo"),
      city("Leeds", LONDON),
      city("London", LONDON, "London", "Londra"),
      city("Manchester", LONDON),
    ],
  },
  {
    code: "US",
    name: "United States",
    timeZone: "America/New_York",
    cities: [
      city("Austin", "America/Chicago"),
      city("Boston", "America/New_York"),
      city("Chicago", "America/Chicago"),
      city("New York", "America/New_York"),
      city("San Francisco", "America/Los_Angeles"),
      city("Seattle", "America/Los_Angeles"),
    ],
  },
  {
    code: "IE",
    name: "Ireland",
    timeZone: DUBLIN,
    cities: [
      city("Cork", DUBLIN),
      city("Dublin", DUBLIN, "Dublin", "Dublino"),
      city("Galway", DUBLIN),
    ],
  },
  {
    code: "FR",
    name: "France",
    timeZone: PARIS,
    cities: [
      city("Bordeaux", PARIS),
      city("Lyon", PARIS, "Lyon", "Lione"),
      city("Nantes", PARIS),
      city("Paris", PARIS, "Paris", "Parigi"),
      city("Toulouse", PARIS, "Toulouse", "Tolosa"),
    ],
  },
  {
    code: "ES",
    name: "Spain",
    timeZone: MADRID,
    cities: [
      city("Barcelona", MADRID, "Barcelona", "Barcellona"),
      city("Bilbao", MADRID),
      city("Madrid", MADRID),
      city("Seville", MADRID, "Sevilla", "Siviglia"),
      city("Valencia", MADRID),
    ],
  },
  {
    code: "NL",
    name: "Netherlands",
    timeZone: AMSTERDAM,
    cities: [
      city("Amsterdam", AMSTERDAM),
      city("Eindhoven", AMSTERDAM),
      city("Rotterdam", AMSTERDAM),
      city("The Hague", AMSTERDAM, "Den Haag", "L'Aia"),
      city("Utrecht", AMSTERDAM),
    ],
  },
];

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

export function isKnownCountry(code: string): boolean {
  return byCode.has(code);
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in `locale` (Intl's own names), or the code if Intl does not know it. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function cityName(cityOf: City, locale: Locale): string {
  return (locale === "en" ? undefined : cityOf[locale]) ?? cityOf.name;
}

/** The stored, English form of a location: "Munich, Germany". */
export function storedLocation(cityText: string, countryCode: string): string {
  const country = countryByCode(countryCode);
  const place = cityText.trim();
  if (!country) return place;
  return place ? `${place}, ${country.name}` : country.name;
}

/** Splits a stored location into its city part, when it ends in the country's English name. */
export function cityPartOf(location: string, countryCode: string): string {
  const country = countryByCode(countryCode);
  if (!country) return location;
  if (location === country.name) return "";
  const suffix = `, ${country.name}`;
  return location.endsWith(suffix) ? location.slice(0, -suffix.length) : location;
}

/**
 * A stored location in the reader's language: a known city and its country are translated, a
 * place the product does not know is shown as the member wrote it.
 */
export function displayLocation(location: string, locale: Locale): string {
  if (locale === "en" || !location) return location;
  const country = COUNTRIES.find((c) => location === c.name || location.endsWith(`, ${c.name}`));
  if (!country) return location;
  const nation = countryName(country.code, locale);
  if (location === country.name) return nation;
  const cityText = location.slice(0, -(country.name.length + 2));
  const known = country.cities.find((c) => c.name === cityText);
  return `${known ? cityName(known, locale) : cityText}, ${nation}`;
}

/** A known city of a country, named in any UI language. */
function findCity(cityText: string, country: Country): City | undefined {
  const place = cityText.trim().toLowerCase();
  return country.cities.find(
    (c) =>
      c.name.toLowerCase() === place ||
      c.de?.toLowerCase() === place ||
      c.it?.toLowerCase() === place,
  );
}

/** The default time zone for a city of a country (the city's own, else the country's). */
export function timeZoneFor(cityText: string, countryCode: string): string | undefined {
  const country = countryByCode(countryCode);
  if (!country) return undefined;
  return findCity(cityText, country)?.timeZone ?? country.timeZone;
}

/** A city typed in any UI language, in its stored English form ("München" → "Munich"). */
export function canonicalCity(cityText: string, countryCode: string): string {
  const country = countryByCode(countryCode);
  const place = cityText.trim();
  if (!country) return place;
  return findCity(place, country)?.name ?? place;
}

/**
 * A location filter typed in any UI language, in the stored English form: "München" finds
 * "Munich, Germany", "Germania" finds "…, Germany". Unknown words are kept as typed.
 */
export function canonicalPlaceQuery(text: string): string {
  const lower = text.trim().toLowerCase();
  if (!lower) return text.trim();
  for (const country of COUNTRIES) {
    for (const c of country.cities) {
      if (c.de?.toLowerCase() === lower || c.it?.toLowerCase() === lower) return c.name;
    }
    for (const locale of ["de", "it"] as const) {
      if (countryName(country.code, locale).toLowerCase() === lower) return country.name;
    }
  }
  return text.trim();
}

let zones: ReadonlySet<string> | undefined;

/** The IANA time zones this runtime knows (what a profile may store). */
export function timeZones(): ReadonlySet<string> {
  zones ??= new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);
  return zones;
}
