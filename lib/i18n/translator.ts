import { createFormatter, createTranslator } from "next-intl";
import { isLocale, type Locale } from "./config";
import { messagesByLocale } from "./messages";

/** A translator outside a request (mails, jobs), in the member's own language. */
export function translatorFor(locale: string) {
  const l: Locale = isLocale(locale) ? locale : "en";
  return { locale: l, t: createTranslator({ locale: l, messages: messagesByLocale[l] }) };
}

/**
 * Translator and formatter for a locale, as the pages have them (UTC, like lib/i18n/request.ts):
 * for what a page and an action both render, e.g. a list page and its "Show more".
 */
export function localizedFor(locale: string) {
  const { locale: l, t } = translatorFor(locale);
  return { locale: l, t, format: createFormatter({ locale: l, timeZone: "UTC" }) };
}
