"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getMemberById } from "@/db/queries/members";
import { memberAction } from "@/lib/actions";
import { blockMember, unblockMember } from "@/lib/network/blocks";

const memberSchema = z.object({ memberId: z.uuid("privacy.errors.memberMissing") });

// The blocker is always the session's member; the form (or the menu) only names the other one.

export const blockMemberAction = memberAction(
  "blockMember",
  memberSchema,
  async ({ memberId }, { member }) => {
    const db = await getDb();
    const result = await blockMember(db, { blockerId: member.id, blockedId: memberId });
    if (!result.ok) return { ok: false, formError: `privacy.errors.${result.reason}` };
    const blocked = await getMemberById(db, { memberId });
    revalidatePath("/settings/blocked");
    // The profile now shows the "Blocked" state; a redirect carries no stale form result.
    redirect(blocked ? `/in/${encodeURIComponent(blocked.handle)}` : "/settings/blocked");
  },
);

export const unblockMemberAction = memberAction(
  "unblockMember",
  memberSchema,
  async ({ memberId }, { member }) => {
    const db = await getDb();
    // Only the session member's own block can be lifted (the service scopes by blocker).
    await unblockMember(db, { blockerId: member.id, blockedId: memberId });
    const unblocked = await getMemberById(db, { memberId });
    revalidatePath("/settings/blocked");
    redirect(unblocked ? `/in/${encodeURIComponent(unblocked.handle)}` : "/settings/blocked");
  },
);
