import { readdirSync, readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { messagesByLocale } from "./messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = flatten(messagesByLocale.en as Tree);

describe.each(LOCALES)("messages in %s", (locale) => {
  const catalogue = flatten(messagesByLocale[locale] as Tree);

  it("has exactly the English keys", () => {
    expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty strings and every message is valid ICU", () => {
    for (const [key, text] of catalogue) {
      expect(text.trim(), key).not.toBe("");
      expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
    }
  });

  it("uses the same placeholders as English", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) {
      expect(placeholders(catalogue.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });
});

it("German and Italian are translated, not copies of English", () => {
  for (const locale of ["de", "it"] as const) {
    const catalogue = flatten(messagesByLocale[locale] as Tree);
    const same = [...english].filter(([k, v]) => catalogue.get(k) === v && v.length > 12);
    expect(
      same.map(([k]) => k),
      locale,
    ).toEqual([]);
  }
});

describe("feature files", () => {
  it("never replace a namespace of the core file (a spread would drop its keys silently)", () => {
    for (const locale of LOCALES) {
      const core = JSON.parse(
        readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), "utf8"),
      ) as Tree;
      const features = readdirSync(new URL(`./messages/${locale}/`, import.meta.url)).map((f) =>
        f.replace(/\.json$/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
      );
      expect(
        features.filter((name) => name in core),
        locale,
      ).toEqual([]);
      // Every feature file is loaded, under its own name.
      for (const name of features) expect(messagesByLocale[locale], name).toHaveProperty(name);
    }
  });
});
