"use server";

import { AuthError } from "next-auth";
import { type ActionState, fieldErrorsOf, keptValues } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { log } from "@/lib/log";
import { signInSchema } from "@/lib/validation/auth";

export async function signInAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      // One message for unknown email and wrong password alike: it must not reveal who has an account.
      log.info({ type: error.type }, "sign-in refused");
      return { ok: false, formError: "auth.invalidCredentials", values: keptValues(formData) };
    }
    throw error; // includes the redirect that a successful sign-in throws
  }
}
