import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isBlockedEitherWay } from "@/db/queries/network";
import { connections, members, threadParticipants, threads } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { now } from "@/lib/clock";
import { lockMemberCredits } from "@/lib/credits/spend";
import type { MessagingRefusal } from "./refusals";
import { replyToThread } from "./reply";

export type MessageRefusal = Extract<
  MessagingRefusal,
  "recipient_not_found" | "self" | "blocked" | "not_connected"
>;
export type SendMessageResult =
  | { ok: true; threadId: string }
  | { ok: false; reason: MessageRefusal };

/**
 * A free message to a 1st-degree connection. The two members share one conversation: the first
 * message opens it, later ones continue it. Non-connections need an InMail or an invitation.
 */
export async function sendMessage(
  db: Executor,
  {
    senderId,
    recipientId,
    body,
    idempotencyKey,
  }: { senderId: string; recipientId: string; body: string; idempotencyKey: string },
): Promise<SendMessageResult> {
  if (senderId === recipientId) return { ok: false, reason: "self" };
  const [recipient] = await db
    .select({ id: members.id })
    .from(members)
    .where(eq(members.id, recipientId))
    .limit(1);
  if (!recipient) return { ok: false, reason: "recipient_not_found" };
  if (await isBlockedEitherWay(db, { a: senderId, b: recipientId }))
    return { ok: false, reason: "blocked" };
  const [connected] = await db
    .select({ one: sql`1` })
    .from(connections)
    .where(and(eq(connections.memberId, senderId), eq(connections.connectedMemberId, recipientId)))
    .limit(1);
  if (!connected) return { ok: false, reason: "not_connected" };

  // Opening the conversation is serialized per sender so a double click cannot open two.
  const threadId = await db.transaction(async (tx) => {
    await lockMemberCredits(tx, senderId);
    const existing = await findConversation(tx, senderId, recipientId);
    if (existing) return existing;
    const at = now();
    const [thread] = await tx
      .insert(threads)
      .values({
        kind: "message",
        subject: "",
        createdById: senderId,
        createdAt: at,
        lastMessageAt: at,
      })
      .returning({ id: threads.id });
    if (!thread) throw new Error("thread insert returned nothing");
    await tx.insert(threadParticipants).values([
      {
        threadId: thread.id,
        memberId: senderId,
        threadKind: "message",
        lastMessageAt: at,
        lastReadAt: at,
      },
      {
        threadId: thread.id,
        memberId: recipientId,
        threadKind: "message",
        lastMessageAt: at,
        lastReadAt: null,
      },
    ]);
    return thread.id;
  });
  const reply = await replyToThread(db, {
    memberId: senderId,
    threadId,
    kind: "text",
    body,
    idempotencyKey,
  });
  if (!reply.ok)
    return { ok: false, reason: reply.reason === "blocked" ? "blocked" : "recipient_not_found" };
  return { ok: true, threadId };
}

/** The message thread two members share, if any. */
export async function findConversation(db: Executor, a: string, b: string): Promise<string | null> {
  const [row] = await rowsOf<{ id: string }>(
    db,
    sql`select t.id from threads t
      join thread_participants pa on pa.thread_id = t.id and pa.member_id = ${a}
      join thread_participants pb on pb.thread_id = t.id and pb.member_id = ${b}
      where t.kind = 'message' order by t.created_at limit 1`,
  );
  return row?.id ?? null;
}
