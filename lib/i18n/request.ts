import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentMember } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, type Locale, negotiateLocale } from "./config";
import { messagesByLocale } from "./messages";

// No locale in the URL: a signed-in member reads their own stored language (the switcher saves
// it); a visitor the switcher's cookie, else the browser's.
export default getRequestConfig(async () => {
  const locale = await localeOfRequest(await getCurrentMember());
  return { locale, messages: messagesByLocale[locale], timeZone: "UTC" };
});

/**
 * The language of this request for `member` (null: a visitor). Server actions call it with the
 * member they already read: there React's cache() does not hold, and next-intl's getLocale()
 * would read the session a second time.
 */
export async function localeOfRequest(member: { locale: string } | null): Promise<Locale> {
  const chosen = member?.locale ?? (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
}
