import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { inmails, members, messages, threadParticipants, threads } from "../schema";

/**
 * One thread with its messages — only if `memberId` takes part in it. Anyone else gets null,
 * exactly as for a thread that does not exist (no leak of its existence).
 */
export async function getThreadForMember(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
) {
  const [thread] = await db
    .select({
      id: threads.id,
      kind: threads.kind,
      subject: threads.subject,
      createdAt: threads.createdAt,
      lastReadAt: threadParticipants.lastReadAt,
    })
    .from(threadParticipants)
    .innerJoin(threads, eq(threads.id, threadParticipants.threadId))
    .where(
      and(eq(threadParticipants.threadId, threadId), eq(threadParticipants.memberId, memberId)),
    )
    .limit(1);
  if (!thread) return null;
  const [other] = await db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      headline: members.headline,
      lastReadAt: threadParticipants.lastReadAt,
    })
    .from(threadParticipants)
    .innerJoin(members, eq(members.id, threadParticipants.memberId))
    .where(
      and(
        eq(threadParticipants.threadId, threadId),
        sql`${threadParticipants.memberId} <> ${memberId}`,
      ),
    )
    .limit(1);
  const [inmail] = await db.select().from(inmails).where(eq(inmails.threadId, threadId)).limit(1);
  const conversation = await db
    .select({
      id: messages.id,
      senderId: messages.senderId,
      kind: messages.kind,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(eq(messages.threadId, threadId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return { thread, other: other ?? null, inmail: inmail ?? null, messages: conversation };
}

export type ThreadView = NonNullable<Awaited<ReturnType<typeof getThreadForMember>>>;

/** The sender's InMails with their state and the credit each used, newest first. */
export async function listSentInmails(
  db: Executor,
  { memberId, limit = 100 }: { memberId: string; limit?: number },
) {
  return db
    .select({
      id: inmails.id,
      threadId: inmails.threadId,
      subject: threads.subject,
      category: inmails.category,
      status: inmails.status,
      free: inmails.free,
      sentAt: inmails.sentAt,
      refundDueAt: inmails.refundDueAt,
      answeredAt: inmails.answeredAt,
      answerKind: inmails.answerKind,
      refundedAt: inmails.refundedAt,
      recipientName: members.name,
      recipientHandle: members.handle,
      recipientId: members.id,
    })
    .from(inmails)
    .innerJoin(threads, eq(threads.id, inmails.threadId))
    .innerJoin(members, eq(members.id, inmails.recipientId))
    .where(eq(inmails.senderId, memberId))
    .orderBy(desc(inmails.sentAt))
    .limit(limit);
}

/**
 * Response score shown on the compose form (seed 001): the share of the member's InMails of the
 * last `windowDays` that were answered. null when they sent none.
 */
export async function responseScore(
  db: Executor,
  { memberId, at, windowDays }: { memberId: string; at: Date; windowDays: number },
): Promise<{ sent: number; answered: number; score: number | null }> {
  const since = new Date(at.getTime() - windowDays * 86_400_000);
  const [row] = await db
    .select({
      sent: sql<number>`count(*)::int`,
      answered: sql<number>`count(${inmails.answeredAt})::int`,
    })
    .from(inmails)
    .where(and(eq(inmails.senderId, memberId), gte(inmails.sentAt, since)));
  const sent = Number(row?.sent ?? 0);
  const answered = Number(row?.answered ?? 0);
  return { sent, answered, score: sent === 0 ? null : answered / sent };
}
