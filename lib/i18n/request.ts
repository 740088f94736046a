import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentMember } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { messagesByLocale } from "./messages";

// No locale in the URL: a signed-in member reads their own stored language (the switcher saves
// it); a visitor the switcher's cookie, else the browser's.
export default getRequestConfig(async () => {
  const member = await getCurrentMember();
  const chosen = member?.locale ?? (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: messagesByLocale[locale], timeZone: "UTC" };
});
