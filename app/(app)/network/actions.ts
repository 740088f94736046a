"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { type ActionState, keptValues, memberAction } from "@/lib/actions";
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

// Every action acts as the session's member (memberAction); the services check that member's
// right to the invitation itself, so a forged id is "not found".

function refreshNetworkPages() {
  revalidatePath("/network");
  revalidatePath("/in/[handle]", "page");
  revalidatePath("/", "layout");
}

export const inviteMemberAction = memberAction(
  "inviteMember",
  inviteMemberSchema,
  async (input, { member, formData }): Promise<ActionState<{ outcome: string }>> => {
    const result = await inviteMember(await getDb(), { ...input, inviterId: member.id });
    if (!result.ok) {
      return result.reason === "note_too_long"
        ? { ok: false, fieldErrors: { note: "invitations.errors.noteTooLong" } }
        : {
            ok: false,
            formError: `invitations.refusals.${result.reason}`,
            values: keptValues(formData),
          };
    }
    refreshNetworkPages();
    return { ok: true, data: { outcome: result.outcome } };
  },
);

export const inviteByEmailAction = memberAction(
  "inviteByEmail",
  inviteEmailSchema,
  async (input, { member, formData }): Promise<ActionState<{ outcome: string }>> => {
    const result = await inviteByEmail(await getDb(), { ...input, inviterId: member.id });
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
        values: keptValues(formData),
      };
    }
    refreshNetworkPages();
    return { ok: true, data: { outcome: result.outcome }, message: input.email };
  },
);

function respondAction(
  name: string,
  respond: typeof acceptInvitation,
): ReturnType<typeof memberAction<typeof invitationIdSchema, unknown>> {
  return memberAction(name, invitationIdSchema, async (input, { member }) => {
    const result = await respond(await getDb(), { ...input, memberId: member.id });
    if (!result.ok) return { ok: false, formError: `invitations.refusals.${result.reason}` };
    refreshNetworkPages();
    revalidatePath("/messaging");
    return { ok: true };
  });
}

export const acceptInvitationAction = respondAction("acceptInvitation", acceptInvitation);
export const ignoreInvitationAction = respondAction("ignoreInvitation", ignoreInvitation);
export const withdrawInvitationAction = respondAction("withdrawInvitation", withdrawInvitation);

export const removeConnectionAction = memberAction(
  "removeConnection",
  removeConnectionSchema,
  async (input, { member }) => {
    await removeConnection(await getDb(), { memberId: member.id, otherId: input.memberId });
    refreshNetworkPages();
    return { ok: true };
  },
);
