"use server";

import { getLocale } from "next-intl/server";
import { getDb } from "@/db";
import { type ActionState, fieldErrorsOf, keptValues } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { registerMember } from "@/lib/auth/accounts";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signUpSchema } from "@/lib/validation/auth";

export async function signUpAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
  }
  const invite = formData.get("invite");
  const result = await registerMember(await getDb(), {
    ...parsed.data,
    locale: await getLocale(),
    inviteToken: typeof invite === "string" && invite.length <= 200 ? invite : null,
  });
  if (!result.ok) {
    return {
      ok: false,
      fieldErrors: result.fieldErrors as Record<string, string>,
      values: keptValues(formData),
    };
  }
  // Signing in throws the redirect into the shell.
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackUrl(formData.get("callbackUrl")),
  });
  return { ok: true };
}
