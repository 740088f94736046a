"use server";

import { memberAction } from "@/lib/actions";
import { requestEmailChange } from "@/lib/auth/accounts";
import { updateName } from "@/lib/profile/profile";
import { emailChangeSchema, nameSchema } from "@/lib/validation/profile";

export const changeNameAction = memberAction({
  name: "changeName",
  input: nameSchema,
  async handler({ name }, { db, member, revalidate }) {
    await updateName(db, { memberId: member.id, name });
    revalidate("/", "layout");
    return { ok: true, message: "profileEdit.account.nameSaved", data: { name } };
  },
});

/** A new address is used only once the link mailed to it is opened (lib/auth/accounts.ts). */
export const changeEmailAction = memberAction({
  name: "changeEmail",
  input: emailChangeSchema,
  limits: ["email_change_day"],
  refundRefusals: true,
  async handler({ email, currentPassword }, { db, member }) {
    const result = await requestEmailChange(db, { memberId: member.id, email, currentPassword });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
    return { ok: true, message: "profileEdit.account.emailSent", data: { email } };
  },
});
