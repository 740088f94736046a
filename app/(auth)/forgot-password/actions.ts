"use server";

import { publicAction, rateLimited } from "@/lib/actions";
import { requestPasswordReset } from "@/lib/auth/accounts";
import { consume } from "@/lib/rate-limit";
import { forgotPasswordSchema } from "@/lib/validation/auth";

/** Answers the same whether or not the email has an account; the mail job decides. */
export const forgotPasswordAction = publicAction<typeof forgotPasswordSchema, { email: string }>({
  name: "forgotPassword",
  input: forgotPasswordSchema,
  limits: ["password_reset_address"],
  async handler({ email }, { db, fields }) {
    // Per address too, so nobody can flood one mailbox from many client addresses.
    const perAccount = await consume(db, "password_reset_account", email);
    if (!perAccount.ok) return rateLimited(perAccount.retryAfterSeconds, fields);
    await requestPasswordReset(db, { email });
    return { ok: true, data: { email } };
  },
});
