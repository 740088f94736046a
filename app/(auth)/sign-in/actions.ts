"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { keptValues, publicAction, rateLimited } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInSchema } from "@/lib/validation/auth";

/**
 * Signs in through the credentials provider, which counts failed attempts per account and per
 * client address (lib/auth/index.ts) — also for POSTs that skip this action.
 */
export const signInAction = publicAction({
  name: "signIn",
  input: signInSchema.extend({ callbackUrl: z.string().max(2_000).optional() }),
  async handler({ email, password, callbackUrl }, { fields }) {
    try {
      await signIn("credentials", {
        email,
        password,
        redirectTo: safeCallbackUrl(callbackUrl),
      });
      return { ok: true };
    } catch (error) {
      if (error instanceof AuthError) {
        const code = (error as AuthError & { code?: string }).code ?? "";
        const retry = code.match(/^rate_limited:(\d+)$/);
        if (retry?.[1]) return rateLimited(Number(retry[1]), fields);
        // One message for unknown email and wrong password alike: it must not reveal who has an
        // account. An expected refusal, so no error is logged (the provider logs it as info).
        return { ok: false, formError: "auth.invalidCredentials", values: keptValues(fields) };
      }
      throw error; // includes the redirect that a successful sign-in throws
    }
  },
});
