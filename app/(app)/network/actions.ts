"use server";

import { keptValues, type MemberActionContext, memberAction } from "@/lib/actions";
import { inviteByEmail } from "@/lib/network/email-invitations";
import {
  acceptInvitation,
  ignoreInvitation,
  inviteMember,
  removeConnection,
  withdrawInvitation,
} from "@/lib/network/invitations";
import {
  invitationIdSchema,
  inviteEmailSchema,
  inviteMemberSchema,
  removeConnectionSchema,
} from "@/lib/validation/invitations";

// Every action acts as the session's member; the services check that member's right to the
// invitation itself, so a forged id is "not found".

function refreshNetworkPages({ revalidate }: Pick<MemberActionContext, "revalidate">) {
  revalidate("/network");
  revalidate("/in/[handle]", "page");
  revalidate("/", "layout");
}

export const inviteMemberAction = memberAction({
  name: "inviteMember",
  input: inviteMemberSchema,
  limits: ["invitation_hour", "invitation_week"],
  requireConfirmedEmail: true,
  async handler(input, context) {
    const { db, member, fields } = context;
    const result = await inviteMember(db, { ...input, inviterId: member.id });
    if (!result.ok) {
      return result.reason === "note_too_long"
        ? { ok: false, fieldErrors: { note: "invitations.errors.noteTooLong" } }
        : {
            ok: false,
            formError: `invitations.refusals.${result.reason}`,
            values: keptValues(fields),
          };
    }
    refreshNetworkPages(context);
    return { ok: true, data: { outcome: result.outcome } };
  },
});

export const inviteByEmailAction = memberAction({
  name: "inviteByEmail",
  input: inviteEmailSchema,
  limits: ["invitation_hour", "invitation_week", "email_invitation_day"],
  requireConfirmedEmail: true,
  async handler(input, context) {
    const { db, member, fields } = context;
    const result = await inviteByEmail(db, { ...input, inviterId: member.id });
    if (!result.ok) {
      const field = result.reason === "note_too_long" ? "note" : "email";
      return {
        ok: false,
        fieldErrors: {
          [field]:
            result.reason === "note_too_long"
              ? "invitations.errors.noteTooLong"
              : `invitations.refusals.${result.reason}`,
        },
        values: keptValues(fields),
      };
    }
    refreshNetworkPages(context);
    return { ok: true, data: { outcome: result.outcome }, message: input.email };
  },
});

function respondAction(name: string, respond: typeof acceptInvitation) {
  return memberAction({
    name,
    input: invitationIdSchema,
    async handler(input, context) {
      const result = await respond(context.db, { ...input, memberId: context.member.id });
      if (!result.ok) return { ok: false, formError: `invitations.refusals.${result.reason}` };
      refreshNetworkPages(context);
      context.revalidate("/messaging");
      return { ok: true };
    },
  });
}

export const acceptInvitationAction = respondAction("acceptInvitation", acceptInvitation);
export const ignoreInvitationAction = respondAction("ignoreInvitation", ignoreInvitation);
export const withdrawInvitationAction = respondAction("withdrawInvitation", withdrawInvitation);

export const removeConnectionAction = memberAction({
  name: "removeConnection",
  input: removeConnectionSchema,
  async handler(input, context) {
    await removeConnection(context.db, { memberId: context.member.id, otherId: input.memberId });
    refreshNetworkPages(context);
    return { ok: true };
  },
});
