"use server";

import { publicAction } from "@/lib/actions";
import { resetPassword } from "@/lib/auth/accounts";
import { resetPasswordSchema } from "@/lib/validation/auth";

/** Sets a new password with a mailed token; every session of the member ends with it. */
export const resetPasswordAction = publicAction({
  name: "resetPassword",
  input: resetPasswordSchema,
  async handler(input, { db, redirect }) {
    const result = await resetPassword(db, input);
    if (!result.ok) {
      return result.reason === "common_password"
        ? { ok: false, fieldErrors: { password: "validation.passwordCommon" } }
        : { ok: false, formError: "auth.resetInvalid" };
    }
    return redirect("/sign-in?reset=1");
  },
});
