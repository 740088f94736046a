import { describe, expect, it } from "vitest";
import { INDUSTRIES as SEED_INDUSTRIES } from "@/db/seed/companies";
import { REGIONS } from "@/db/seed/places";
import { industryLabel, isIndustry } from "./industries";
import {
  COUNTRIES,
  canonicalPlaceQuery,
  countryByCode,
  displayLocation,
  timeZoneFor,
  timeZones,
} from "./places";

describe("places and industries", () => {
  it("know every city, country and industry the demo data uses, with a real time zone", () => {
    for (const region of REGIONS) {
      const country = countryByCode(region.country);
      expect(country?.name, region.country).toBe(region.countryName);
      for (const { city } of region.cities) {
        expect(
          country?.cities.map((c) => c.name),
          city,
        ).toContain(city);
      }
    }
    for (const country of COUNTRIES) {
      expect(timeZones().has(country.timeZone)).toBe(true);
      for (const city of country.cities)
        expect(timeZones().has(city.timeZone), city.name).toBe(true);
    }
    for (const industry of SEED_INDUSTRIES) expect(isIndustry(industry.name)).toBe(true);
  });

  it("show a stored location and industry in the reader's language", () => {
    expect(displayLocation("Munich, Germany", "de")).toBe("München, Deutschland");
    expect(displayLocation("Munich, Germany", "it")).toBe("Monaco di Baviera, Germania");
    expect(displayLocation("The Hague, Netherlands", "it")).toBe("L'Aia, Paesi Bassi");
    expect(displayLocation("Munich, Germany", "en")).toBe("Munich, Germany");
    // A place the product does not know stays as written; its country is still translated.
    expect(displayLocation("Portland, United States", "de")).toBe("Portland, Vereinigte Staaten");
    expect(displayLocation("Somewhere nice", "de")).toBe("Somewhere nice");
    expect(industryLabel("Healthcare", "de")).toBe("Gesundheitswesen");
    expect(industryLabel("Healthcare", "it")).toBe("Sanità");
    expect(industryLabel("Basket weaving", "it")).toBe("Basket weaving");
  });

  it("read a place typed in German or Italian as the stored English one", () => {
    expect(canonicalPlaceQuery("München")).toBe("Munich");
    expect(canonicalPlaceQuery("milano")).toBe("Milan");
    expect(canonicalPlaceQuery("Germania")).toBe("Germany");
    expect(canonicalPlaceQuery("Schweiz")).toBe("Switzerland");
    expect(canonicalPlaceQuery("Berlin")).toBe("Berlin");
    expect(timeZoneFor("Seattle", "US")).toBe("America/Los_Angeles");
    expect(timeZoneFor("Neapel", "IT")).toBe("Europe/Rome");
  });
});
