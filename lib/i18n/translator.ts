import { createFormatter, createTranslator } from "next-intl";
import { isLocale, LOCALES, type Locale } from "./config";
import { messagesByLocale } from "./messages";

type Translator = ReturnType<typeof createTranslatorFor>;
type Localized = { locale: Locale; t: Translator; format: ReturnType<typeof createFormatter> };

function createTranslatorFor(locale: Locale) {
  return createTranslator({ locale, messages: messagesByLocale[locale] });
}

// One translator and one formatter per language for the life of the process: both are pure
// (static catalogues, UTC), and each keeps the Intl formatters it made — building an
// Intl.DateTimeFormat per row was a visible part of every inbox and thread page.
const localized = new Map<Locale, Localized>(
  LOCALES.map((locale) => [
    locale,
    {
      locale,
      t: createTranslatorFor(locale),
      format: createFormatter({ locale, timeZone: "UTC" }),
    },
  ]),
);

/**
 * Translator and formatter for a locale, as the pages have them (UTC, like lib/i18n/request.ts):
 * for what a page and an action both render, e.g. a list page and its "Show more".
 */
export function localizedFor(locale: string): Localized {
  return localized.get(isLocale(locale) ? locale : "en") as Localized;
}

/** A translator outside a request (mails, jobs), in the member's own language. */
export function translatorFor(locale: string) {
  const { locale: l, t } = localizedFor(locale);
  return { locale: l, t };
}
