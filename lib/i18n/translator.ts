import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "./config";
import { messagesByLocale } from "./messages";

/** A translator outside a request (mails, jobs), in the member's own language. */
export function translatorFor(locale: string) {
  const l: Locale = isLocale(locale) ? locale : "en";
  return { locale: l, t: createTranslator({ locale: l, messages: messagesByLocale[l] }) };
}
