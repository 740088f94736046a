"use server";

import { z } from "zod";
import { getMemberById } from "@/db/queries/members";
import { memberAction } from "@/lib/actions";
import { blockMember, unblockMember } from "@/lib/network/blocks";

const memberSchema = z.object({ memberId: z.uuid("privacy.errors.memberMissing") });

// The blocker is always the session's member; the form (or the menu) only names the other one.

export const blockMemberAction = memberAction({
  name: "blockMember",
  input: memberSchema,
  async handler({ memberId }, { db, member, revalidate, redirect }) {
    const result = await blockMember(db, { blockerId: member.id, blockedId: memberId });
    if (!result.ok) return { ok: false, formError: `privacy.errors.${result.reason}` };
    const blocked = await getMemberById(db, { memberId });
    revalidate("/settings/blocked");
    // The profile now shows the "Blocked" state; a redirect carries no stale form result.
    return redirect(blocked ? `/in/${encodeURIComponent(blocked.handle)}` : "/settings/blocked");
  },
});

/**
 * Lifts the session member's own block on the member named, from their profile. Whether there
 * was such a block, whether that member exists at all: the answer is the same — back to the
 * profile the form was on (its handle comes from the form, not from the id) — so the action
 * reveals nothing about the ids it is given.
 */
export const unblockMemberAction = memberAction({
  name: "unblockMember",
  input: memberSchema.extend({
    handle: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .optional(),
  }),
  async handler({ memberId, handle }, { db, member, revalidate, redirect }) {
    await unblockMember(db, { blockerId: member.id, blockedId: memberId });
    revalidate("/settings/blocked");
    return redirect(handle ? `/in/${handle}` : "/settings/blocked?unblocked=1");
  },
});
