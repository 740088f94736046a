"use server";

import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { threadParticipants } from "@/db/schema";
import { memberAction } from "@/lib/actions";
import { notifyTyping, receiptsAllowed } from "@/lib/live/events";
import { markThreadRead } from "@/lib/messaging/read";

const threadInput = z.object({ threadId: z.uuid("refusals.not_found") });

/** The open thread tells the server it has been read (never a side effect of loading it). */
export const markThreadReadAction = memberAction({
  name: "markThreadRead",
  input: threadInput,
  async handler({ threadId }, { db, member, revalidate }) {
    const changed = await markThreadRead(db, { memberId: member.id, threadId });
    if (changed) revalidate("/messaging", "layout");
    return { ok: true };
  },
});

/**
 * "… is typing": announced to the other participants who allow it (both sides' settings), never
 * stored. The form calls it at most every few seconds while the member types.
 */
export const typingAction = memberAction({
  name: "typing",
  input: threadInput,
  async handler({ threadId }, { db, member }) {
    const others = await db
      .select({ memberId: threadParticipants.memberId })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.threadId, threadId),
          sql`${threadParticipants.memberId} <> ${member.id}`,
          // Only a participant may announce anything in a thread.
          sql`exists (select 1 from thread_participants me where me.thread_id = ${threadId} and me.member_id = ${member.id})`,
        ),
      );
    for (const other of others) {
      if (await receiptsAllowed(db, member.id, other.memberId)) {
        await notifyTyping(db, { to: other.memberId, threadId, from: member.id });
      }
    }
    return { ok: true };
  },
});
