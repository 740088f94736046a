import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it.each([
    ["de-DE,de;q=0.9,en;q=0.8", "de"],
    ["fr,it;q=0.5", "it"],
    ["en-GB,en;q=0.9", "en"],
    ["IT-ch", "it"],
    ["en;q=0.1, de;q=0.8", "de"],
    ["fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5", "de"],
  ])("picks the best supported language from %j", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it.each([[null], [undefined], [""], ["garbage"], [";;;,,,q=="], ["fr-FR,es;q=0.8"]])(
    "falls back to English for %j",
    (header) => {
      expect(negotiateLocale(header)).toBe(DEFAULT_LOCALE);
      expect(DEFAULT_LOCALE).toBe("en");
    },
  );

  it("ignores languages the browser marks as not acceptable (q=0)", () => {
    expect(negotiateLocale("de;q=0,it;q=0.3")).toBe("it");
    expect(negotiateLocale("it;q=0")).toBe("en");
  });
});

describe("isLocale", () => {
  it("accepts only the supported locales", () => {
    expect(["en", "de", "it"].every(isLocale)).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale("DE")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
