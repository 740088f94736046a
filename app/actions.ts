"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { members } from "@/db/schema";
import { publicAction } from "@/lib/actions";
import { signOut } from "@/lib/auth";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

/**
 * Switching language, signed in or out: a cookie with a known value, and for a signed-in member
 * their stored language too (mails and every device follow it).
 */
export const setLocaleAction = publicAction({
  name: "setLocale",
  input: z.object({ locale: z.enum(LOCALES) }),
  async handler({ locale }, { db, caller, revalidate, setCookie }) {
    await setCookie(LOCALE_COOKIE, locale, { maxAge: 60 * 60 * 24 * 365 });
    if (caller.member) {
      await db.update(members).set({ locale }).where(eq(members.id, caller.member.id));
    }
    revalidate("/", "layout");
    return { ok: true };
  },
});

/** Ends this session on the server (lib/auth: events.signOut) and clears the cookie. */
export const signOutAction = publicAction({
  name: "signOut",
  input: z.object({}),
  async handler() {
    await signOut({ redirectTo: "/sign-in?signedOut=1" });
    return { ok: true };
  },
});
