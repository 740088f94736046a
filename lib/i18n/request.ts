import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { messagesByLocale } from "./messages";

// No locale in the URL: the language comes from the switcher's cookie, else the browser.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: messagesByLocale[locale], timeZone: "UTC" };
});
