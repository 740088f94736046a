import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { threadParticipants } from "@/db/schema";
import { now } from "@/lib/clock";
import { receiptsAllowed, recordEvents } from "@/lib/live/events";

/**
 * Marks a thread read for the member, when there is something new to read. An explicit action
 * (the open thread calls it), never a side effect of rendering a page: a prefetch reads nothing.
 * The member's other tabs update their counts; the other side sees "Seen" if both of them allow
 * read receipts. Returns whether anything changed.
 */
export async function markThreadRead(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const at = now();
    const [changed] = await tx
      .update(threadParticipants)
      .set({ lastReadAt: at })
      .where(
        and(
          eq(threadParticipants.threadId, threadId),
          eq(threadParticipants.memberId, memberId),
          // Unread by the same rule as the inbox: read before the row's last message.
          or(
            isNull(threadParticipants.lastReadAt),
            lt(threadParticipants.lastReadAt, threadParticipants.lastMessageAt),
          ),
        ),
      )
      .returning({ threadId: threadParticipants.threadId });
    if (!changed) return false;
    const others = await tx
      .select({ memberId: threadParticipants.memberId })
      .from(threadParticipants)
      .where(
        and(
          eq(threadParticipants.threadId, threadId),
          sql`${threadParticipants.memberId} <> ${memberId}`,
        ),
      );
    const readBy = [];
    for (const other of others) {
      if (await receiptsAllowed(tx, memberId, other.memberId)) readBy.push(other.memberId);
    }
    await recordEvents(tx, [
      { memberId, kind: "inbox", threadId, actorId: memberId },
      ...readBy.map((id) => ({ memberId: id, kind: "read" as const, threadId, actorId: memberId })),
    ]);
    return true;
  });
}
