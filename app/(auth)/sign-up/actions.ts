"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { registerMember } from "@/lib/auth/accounts";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signUpSchema } from "@/lib/validation/auth";

/**
 * Signs up. A new address and one that already has an account get the same answer — "check your
 * inbox" — and the same work (lib/auth/accounts.ts), so the form tells nobody who has an account.
 * Only a sign-up from an invitation mailed to that very address is confirmed, and signed in, at once.
 */
export const signUpAction = publicAction({
  name: "signUp",
  input: signUpSchema.extend({
    invite: z.string().max(200).optional(),
    callbackUrl: z.string().max(2_000).optional(),
  }),
  limits: ["sign_up_address"],
  async handler({ invite, callbackUrl, ...input }, { db, caller, redirect }) {
    const result = await registerMember(db, {
      ...input,
      locale: caller.locale,
      inviteToken: invite || null,
    });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
    if (result.confirmed) {
      // Signing in throws the redirect into the shell.
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallbackUrl(callbackUrl),
      });
    }
    return redirect(`/sign-up/check-inbox?email=${encodeURIComponent(input.email)}`);
  },
});
