"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { changePassword } from "@/lib/auth/accounts";
import { revokeMemberSessions, revokeSession } from "@/lib/auth/sessions";
import { changePasswordSchema } from "@/lib/validation/auth";

/**
 * Ends one of the member's own sessions (this one too, if asked: that signs them out). Another
 * member's session id, or one that does not exist, ends nothing and gets the same answer.
 */
export const signOutSessionAction = memberAction({
  name: "signOutSession",
  input: z.object({ sessionId: z.string().regex(/^[\w-]{1,64}$/) }),
  async handler({ sessionId }, { db, member, revalidate }) {
    await revokeSession(db, { sessionId, memberId: member.id });
    revalidate("/settings/security");
    return { ok: true, message: "account.security.signedOutSession" };
  },
});

/** "Sign out everywhere else": every session of the member but this one. */
export const signOutOtherSessionsAction = memberAction<z.ZodObject, { count: number }>({
  name: "signOutOtherSessions",
  input: z.object({}),
  async handler(_input, { db, member, sessionId, revalidate }) {
    const count = await revokeMemberSessions(db, {
      memberId: member.id,
      exceptSessionId: sessionId,
    });
    revalidate("/settings/security");
    return { ok: true, message: "account.security.signedOutOthers", data: { count } };
  },
});

export const changePasswordAction = memberAction<typeof changePasswordSchema, { count: number }>({
  name: "changePassword",
  input: changePasswordSchema,
  // Guessing the current password here is as limited as on the sign-in page.
  limits: ["sign_in_failures_account"],
  async handler(input, { db, member, sessionId, revalidate }) {
    const result = await changePassword(db, { memberId: member.id, sessionId, ...input });
    if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
    revalidate("/settings/security");
    return {
      ok: true,
      message: "account.security.passwordChanged",
      data: { count: result.sessionsEnded },
    };
  },
});
