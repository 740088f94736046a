"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { unblockMember } from "@/lib/network/blocks";

/**
 * Unblock from Settings → Blocked members. The row disappears from the list, so the answer
 * travels in the URL. It is the same whether or not the id was blocked, or exists.
 */
export const unblockFromSettingsAction = memberAction({
  name: "unblockFromSettings",
  input: z.object({ memberId: z.uuid("privacy.errors.memberMissing") }),
  async handler({ memberId }, { db, member, revalidate, redirect }) {
    await unblockMember(db, { blockerId: member.id, blockedId: memberId });
    revalidate("/settings/blocked");
    return redirect("/settings/blocked?unblocked=1");
  },
});
