"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { resendEmailConfirmation } from "@/lib/auth/accounts";

/** The unconfirmed-address banner's "Send the link again". */
export const resendConfirmationAction = memberAction({
  name: "resendConfirmation",
  input: z.object({}),
  limits: ["confirmation_resend"],
  async handler(_input, { db, member }) {
    const result = await resendEmailConfirmation(db, { memberId: member.id });
    if (!result.ok) return { ok: false, formError: "account.banner.alreadyConfirmed" };
    return { ok: true, message: "account.banner.resent" };
  },
});
