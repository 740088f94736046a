import { and, asc, desc, eq, or } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { blocks, connections, invitations, members } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";

// Blocking, as LinkedIn does it: the blocked member can no longer see the blocker's profile,
// invite, message or InMail them, and an existing connection and pending invitations between
// the two end in the same transaction. Only the blocker can lift a block; unblocking does not
// restore the connection. The blocker id always comes from the session, never from a form.

export type BlockRefusal = "self" | "member_not_found";
export type BlockResult =
  | { ok: true; alreadyBlocked: boolean }
  | { ok: false; reason: BlockRefusal };

export async function blockMember(
  db: Executor,
  { blockerId, blockedId }: { blockerId: string; blockedId: string },
): Promise<BlockResult> {
  if (blockerId === blockedId) return { ok: false, reason: "self" };
  const at = now();
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: members.id })
      .from(members)
      .where(eq(members.id, blockedId))
      .limit(1);
    if (!target) return { ok: false, reason: "member_not_found" } as const;
    // Idempotent: a second block (double click, second tab) changes nothing and is not an error.
    const inserted = await tx
      .insert(blocks)
      .values({ blockerId, blockedId, createdAt: at })
      .onConflictDoNothing()
      .returning({ blockerId: blocks.blockerId });
    // Both directional rows of the connection go together.
    await tx
      .delete(connections)
      .where(
        or(
          and(eq(connections.memberId, blockerId), eq(connections.connectedMemberId, blockedId)),
          and(eq(connections.memberId, blockedId), eq(connections.connectedMemberId, blockerId)),
        ),
      );
    // The blocker's own invitation is withdrawn; the blocked member's is ignored.
    await tx
      .update(invitations)
      .set({ status: "withdrawn", respondedAt: at })
      .where(
        and(
          eq(invitations.status, "pending"),
          eq(invitations.inviterId, blockerId),
          eq(invitations.inviteeId, blockedId),
        ),
      );
    await tx
      .update(invitations)
      .set({ status: "ignored", respondedAt: at })
      .where(
        and(
          eq(invitations.status, "pending"),
          eq(invitations.inviterId, blockedId),
          eq(invitations.inviteeId, blockerId),
        ),
      );
    if (inserted.length > 0) log.info({ blockerId, blockedId }, "member blocked");
    return { ok: true, alreadyBlocked: inserted.length === 0 } as const;
  });
}

/** Lifts the blocker's own block; a block someone else placed is never touched (returns false). */
export async function unblockMember(
  db: Executor,
  { blockerId, blockedId }: { blockerId: string; blockedId: string },
): Promise<{ unblocked: boolean }> {
  const removed = await db
    .delete(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)))
    .returning({ blockedId: blocks.blockedId });
  if (removed.length > 0) log.info({ blockerId, blockedId }, "member unblocked");
  return { unblocked: removed.length > 0 };
}

/** Whether `blockerId` blocked `blockedId` (one direction only). */
export async function hasBlocked(
  db: Executor,
  { blockerId, blockedId }: { blockerId: string; blockedId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ blockedId: blocks.blockedId })
    .from(blocks)
    .where(and(eq(blocks.blockerId, blockerId), eq(blocks.blockedId, blockedId)))
    .limit(1);
  return Boolean(row);
}

/** The members `blockerId` blocked, most recent first; nobody else's blocks. */
export async function listBlockedMembers(db: Executor, { blockerId }: { blockerId: string }) {
  return db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      headline: members.headline,
      photoId: members.photoId,
      blockedAt: blocks.createdAt,
    })
    .from(blocks)
    .innerJoin(members, eq(members.id, blocks.blockedId))
    .where(eq(blocks.blockerId, blockerId))
    .orderBy(desc(blocks.createdAt), asc(members.name));
}
