"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { confirmEmail } from "@/lib/auth/accounts";

/**
 * Confirms an address with the mailed token — on a button press, never on GET, so a mail
 * scanner following the link spends nothing.
 */
export const confirmEmailAction = publicAction({
  name: "confirmEmail",
  input: z.object({ token: z.string().min(20).max(200) }),
  async handler({ token }, { db, caller, revalidate, redirect }) {
    const result = await confirmEmail(db, { token });
    if (!result.ok) {
      return {
        ok: false,
        formError:
          result.reason === "email_taken" ? "account.confirm.taken" : "account.confirm.invalid",
      };
    }
    revalidate("/", "layout");
    if (caller.member?.id === result.memberId) return redirect("/?confirmed=1");
    return redirect("/sign-in?confirmed=1");
  },
});
