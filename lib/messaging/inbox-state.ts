import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { threadParticipants } from "@/db/schema";
import { recordEvents } from "@/lib/live/events";

/**
 * The member's own view of a conversation: archived or not, read or not. Each changes only the
 * member's participant row (the other side sees nothing), and tells the member's other tabs.
 * Returns false when the member is not in that thread — the same as a thread that does not exist.
 */

/** Changes the member's own participant row and tells their other tabs; false: not theirs. */
async function updateOwnRow(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
  set: { archived: boolean } | { lastReadAt: null },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(threadParticipants)
      .set(set)
      .where(
        and(eq(threadParticipants.threadId, threadId), eq(threadParticipants.memberId, memberId)),
      )
      .returning({ threadId: threadParticipants.threadId });
    if (!row) return false;
    await recordEvents(tx, [{ memberId, kind: "inbox", threadId, actorId: memberId }]);
    return true;
  });
}

/** Archive (out of All, Unread and InMail, into Archived) or move back to the inbox. */
export function setThreadArchived(
  db: Executor,
  { memberId, threadId, archived }: { memberId: string; threadId: string; archived: boolean },
): Promise<boolean> {
  return updateOwnRow(db, { memberId, threadId }, { archived });
}

/**
 * Mark as unread: the conversation counts as unread again (in the badge and the Unread filter)
 * until the member opens it. It does not undo "Seen" on the other side.
 */
export function markThreadUnread(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
): Promise<boolean> {
  return updateOwnRow(db, { memberId, threadId }, { lastReadAt: null });
}
