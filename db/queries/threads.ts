import { and, desc, eq, gte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { inmails, members, threadParticipants, threads } from "../schema";
import { preparedRowsOf, rowsOf } from "../sql";
import { onlineToViewer } from "./presence";

const otherSide = alias(threadParticipants, "other_side");

/** Messages a thread page shows at first, and loads per "Show earlier messages". */
export const THREAD_PAGE_SIZE = 30;
const THREAD_PAGE_MAX = 100;

export interface ThreadMessage {
  id: string;
  senderId: string;
  kind: "text" | "interested" | "not_interested" | "later";
  body: string;
  createdAt: Date;
  /** On a quick answer: "Ask me later"'s date, "Not interested"'s reason. */
  laterFrom: Date | null;
  declineReason: string | null;
}

/**
 * A window of a thread's messages, oldest first, read backwards along `messages_thread_idx`
 * (thread_id, created_at, id): the latest `limit`, or the `limit` before the message `before`,
 * or — to close a gap after new messages arrived — those from `since` (inclusive) up to `before`.
 * `earlier` is the id of the oldest message shown when older ones exist, else null. The caller
 * has checked that the member takes part in the thread.
 */
export async function threadMessages(
  db: Executor,
  {
    threadId,
    before = null,
    since = null,
    limit = THREAD_PAGE_SIZE,
  }: { threadId: string; before?: string | null; since?: string | null; limit?: number },
): Promise<{ messages: ThreadMessage[]; earlier: string | null }> {
  const size = Math.min(Math.max(1, Math.trunc(limit)), THREAD_PAGE_MAX);
  const at = (id: string) =>
    sql`(select b.created_at, b.id from messages b where b.id = ${id} and b.thread_id = ${threadId})`;
  // Every thread page runs it: prepared (three texts: first page, older, newer).
  const rows = await preparedRowsOf<{
    id: string;
    sender_id: string;
    kind: ThreadMessage["kind"];
    body: string;
    created_at: string;
    later_from: string | null;
    decline_reason: string | null;
  }>(
    db,
    "thread_messages",
    sql`select m.id, m.sender_id, m.kind, m.body, m.created_at,
          case when m.kind <> 'text' then i.later_from end as later_from,
          case when m.kind <> 'text' then i.decline_reason end as decline_reason
        from messages m
        left join inmails i on i.thread_id = m.thread_id and m.kind <> 'text'
        where m.thread_id = ${threadId}
          ${before ? sql`and (m.created_at, m.id) < ${at(before)}` : sql``}
          ${since ? sql`and (m.created_at, m.id) >= ${at(since)}` : sql``}
        order by m.created_at desc, m.id desc
        limit ${size + 1}`,
  );
  const shown = rows.slice(0, size).reverse();
  return {
    messages: shown.map((r) => ({
      id: r.id,
      senderId: r.sender_id,
      kind: r.kind,
      body: r.body,
      createdAt: new Date(r.created_at),
      laterFrom: r.later_from ? new Date(r.later_from) : null,
      declineReason: r.decline_reason,
    })),
    earlier: rows.length > size ? (shown[0]?.id ?? null) : null,
  };
}

/**
 * One thread with its latest messages — only if `memberId` takes part in it. Anyone else gets null,
 * exactly as for a thread that does not exist (no leak of its existence).
 */
export async function getThreadForMember(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
) {
  // ONE statement for all but the messages: my participant row (no row, no thread), the thread,
  // its InMail, the other side with their presence as I see it, and whether both allow receipts.
  const [head] = await db
    .select({
      thread: {
        id: threads.id,
        kind: threads.kind,
        subject: threads.subject,
        createdAt: threads.createdAt,
        lastReadAt: threadParticipants.lastReadAt,
        archived: threadParticipants.archived,
      },
      inmail: inmails,
      other: {
        id: members.id,
        handle: members.handle,
        name: members.name,
        headline: members.headline,
        photoId: members.photoId,
        lastReadAt: otherSide.lastReadAt,
      },
      otherOnline: sql<boolean>`${onlineToViewer(memberId, sql`${members.id}`)}`,
      receipts: sql<boolean>`${receiptsAllowedBetween(memberId, sql`${members.id}`)}`,
    })
    .from(threadParticipants)
    .innerJoin(threads, eq(threads.id, threadParticipants.threadId))
    .leftJoin(inmails, eq(inmails.threadId, threads.id))
    .leftJoin(
      otherSide,
      and(eq(otherSide.threadId, threads.id), sql`${otherSide.memberId} <> ${memberId}`),
    )
    .leftJoin(members, eq(members.id, otherSide.memberId))
    .where(
      and(eq(threadParticipants.threadId, threadId), eq(threadParticipants.memberId, memberId)),
    )
    .limit(1)
    // Every thread page runs it: prepared, not planned per call (its text never varies).
    .prepare("thread_head")
    .execute();
  if (!head) return null;
  const page = await threadMessages(db, { threadId });
  const o = head.other;
  const other =
    o?.id && o.handle !== null && o.name !== null && o.headline !== null
      ? { ...o, id: o.id, handle: o.handle, name: o.name, headline: o.headline }
      : null;
  return {
    thread: head.thread,
    other,
    /** The viewer sees the other side online (db/queries/presence.ts). */
    otherOnline: other !== null && Boolean(head.otherOnline),
    /** "Seen" and "… is typing" are shown: both sides allow read receipts. */
    receipts: other !== null && Boolean(head.receipts),
    inmail: head.inmail ?? null,
    messages: page.messages,
    earlier: page.earlier,
  };
}

/** Both members allow read receipts ("Seen", "… is typing"); no settings row means the default, on. */
export function receiptsAllowedBetween(a: SQL | string, b: SQL | string): SQL {
  return sql`not exists (select 1 from communication_settings rs
    where rs.member_id in (${a}, ${b}) and not rs.read_receipts)`;
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

/**
 * The other side's name in a thread — or null when `memberId` does not take part in it (the
 * same answer as for a thread that does not exist). What "Show earlier messages" checks.
 */
export async function otherParticipantName(
  db: Executor,
  { memberId, threadId }: { memberId: string; threadId: string },
): Promise<{ otherName: string; otherPhotoId: string | null } | null> {
  const [row] = await rowsOf<{ other_name: string | null; other_photo_id: string | null }>(
    db,
    sql`select o.name as other_name, o.photo_id as other_photo_id
        from thread_participants me
        left join lateral (
          select op.member_id from thread_participants op
          where op.thread_id = me.thread_id and op.member_id <> me.member_id limit 1) op on true
        left join members o on o.id = op.member_id
        where me.thread_id = ${threadId} and me.member_id = ${memberId}`,
  );
  return row ? { otherName: row.other_name ?? "—", otherPhotoId: row.other_photo_id } : null;
}
