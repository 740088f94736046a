"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

/** Switching language is allowed signed in or out; it only sets a cookie with a known value. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
