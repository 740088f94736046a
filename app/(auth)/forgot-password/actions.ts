"use server";

import { getDb } from "@/db";
import { type ActionState, fieldErrorsOf, keptValues } from "@/lib/actions";
import { requestPasswordReset } from "@/lib/auth/accounts";
import { forgotPasswordSchema } from "@/lib/validation/auth";

/** Answers the same whether or not the email has an account. */
export async function forgotPasswordAction(
  _previous: ActionState<{ email: string }>,
  formData: FormData,
): Promise<ActionState<{ email: string }>> {
  const parsed = forgotPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values: keptValues(formData) };
  }
  await requestPasswordReset(await getDb(), parsed.data);
  return { ok: true, data: { email: parsed.data.email } };
}
