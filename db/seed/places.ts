import type { NamePool } from "./names";

/** Where members live: country, its cities, which names people there have, and the UI locale. */
export interface Region {
  country: string;
  countryName: string;
  /** Weight among all members. */
  weight: number;
  cities: readonly { city: string; names: NamePool; locale: "de" | "it" | "en" }[];
}

const german = (city: string) => ({ city, names: "de" as const, locale: "de" as const });
const italian = (city: string) => ({ city, names: "it" as const, locale: "it" as const });
const other = (city: string, names: NamePool) => ({ city, names, locale: "en" as const });

export const REGIONS: readonly Region[] = [
  {
    country: "DE",
    countryName: "Germany",
    weight: 22,
    cities: [
      "Munich",
      "Berlin",
      "Hamburg",
      "Frankfurt",
      "Stuttgart",
      "Cologne",
      "Düsseldorf",
      "Leipzig",
      "Nuremberg",
    ].map(german),
  },
  {
    country: "IT",
    countryName: "Italy",
    weight: 16,
    cities: ["Milan", "Rome", "Turin", "Bologna", "Florence", "Naples", "Padua", "Verona"].map(
      italian,
    ),
  },
  {
    country: "CH",
    countryName: "Switzerland",
    weight: 6,
    cities: [
      german("Zurich"),
      german("Basel"),
      german("Bern"),
      other("Geneva", "fr"),
      other("Lausanne", "fr"),
      italian("Lugano"),
    ],
  },
  {
    country: "AT",
    countryName: "Austria",
    weight: 6,
    cities: ["Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"].map(german),
  },
  {
    country: "GB",
    countryName: "United Kingdom",
    weight: 12,
    cities: ["London", "Manchester", "Edinburgh", "Bristol", "Leeds", "Cambridge"].map((c) =>
      other(c, "en"),
    ),
  },
  {
    country: "US",
    countryName: "United States",
    weight: 12,
    cities: ["New York", "San Francisco", "Boston", "Chicago", "Austin", "Seattle"].map((c) =>
      other(c, "en"),
    ),
  },
  {
    country: "IE",
    countryName: "Ireland",
    weight: 4,
    cities: ["Dublin", "Cork", "Galway"].map((c) => other(c, "en")),
  },
  {
    country: "FR",
    countryName: "France",
    weight: 8,
    cities: ["Paris", "Lyon", "Toulouse", "Bordeaux", "Nantes"].map((c) => other(c, "fr")),
  },
  {
    country: "ES",
    countryName: "Spain",
    weight: 7,
    cities: ["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"].map((c) => other(c, "es")),
  },
  {
    country: "NL",
    countryName: "Netherlands",
    weight: 7,
    cities: ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "The Hague"].map((c) =>
      other(c, "nl"),
    ),
  },
];

export function regionOf(country: string): Region {
  const region = REGIONS.find((r) => r.country === country);
  if (!region) throw new Error(`unknown seed country ${country}`);
  return region;
}
