"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { type ActionState, fieldErrorsOf } from "@/lib/actions";
import { resetPassword } from "@/lib/auth/accounts";
import { resetPasswordSchema } from "@/lib/validation/auth";

export async function resetPasswordAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await resetPassword(await getDb(), parsed.data);
  if (!result.ok) {
    return result.reason === "common_password"
      ? { ok: false, fieldErrors: { password: "validation.passwordCommon" } }
      : { ok: false, formError: "auth.resetInvalid" };
  }
  redirect("/sign-in?reset=1");
}
