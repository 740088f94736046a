"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getMemberById } from "@/db/queries/members";
import { memberAction } from "@/lib/actions";
import { unblockMember } from "@/lib/network/blocks";

/**
 * Unblock from Settings → Blocked members. The row disappears from the list, so the answer
 * travels in the URL (a revalidated page would lose the action's result with its form).
 */
export const unblockFromSettingsAction = memberAction(
  "unblockFromSettings",
  z.object({ memberId: z.uuid("privacy.errors.memberMissing") }),
  async ({ memberId }, { member }) => {
    const db = await getDb();
    const { unblocked } = await unblockMember(db, { blockerId: member.id, blockedId: memberId });
    const other = unblocked ? await getMemberById(db, { memberId }) : null;
    revalidatePath("/settings/blocked");
    redirect(
      other
        ? `/settings/blocked?unblocked=${encodeURIComponent(other.handle)}`
        : "/settings/blocked",
    );
  },
);
