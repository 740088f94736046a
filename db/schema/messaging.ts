import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { declineReason, inmailCategory, inmailStatus, messageKind, threadKind } from "./enums";
import { members } from "./members";

export const threads = pgTable(
  "threads",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: threadKind().notNull(),
    subject: text().notNull().default(""),
    createdById: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("threads_created_by_idx").on(t.createdById)],
);

/**
 * Who takes part in a thread; read state is per participant. A member's inbox is read from here
 * alone: the thread's kind and last message time are copied onto every participant row (in the
 * same transaction as each new message), so listing, paging, filtering and counting unread use
 * the member's own rows and an index each — never a scan over other members' threads.
 */
export const threadParticipants = pgTable(
  "thread_participants",
  {
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    threadKind: threadKind().notNull(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull(),
    lastReadAt: timestamp({ withTimezone: true }),
    archived: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.memberId] }),
    // All (not archived) and Archived, newest first, paged by (last_message_at, thread_id).
    // Two partial indexes, not one on (member_id, archived, …): PostgreSQL does not treat a
    // boolean column as fixed by `not archived`, so that index could not give the order.
    index("thread_participants_inbox_idx")
      .on(t.memberId, t.lastMessageAt.desc(), t.threadId.desc())
      .where(sql`not ${t.archived}`),
    index("thread_participants_archived_idx")
      .on(t.memberId, t.lastMessageAt.desc(), t.threadId.desc())
      .where(sql`${t.archived}`),
    // Unread: only the member's unread rows are in it (also what the unread badge counts).
    index("thread_participants_unread_idx")
      .on(t.memberId, t.lastMessageAt.desc(), t.threadId.desc())
      .where(
        sql`not ${t.archived} and (${t.lastReadAt} is null or ${t.lastReadAt} < ${t.lastMessageAt})`,
      ),
    // InMail (and later kinds) filters.
    index("thread_participants_kind_idx")
      .on(t.memberId, t.threadKind, t.lastMessageAt.desc(), t.threadId.desc())
      .where(sql`not ${t.archived}`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    senderId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: messageKind().notNull().default("text"),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** Client request id: a double submit or retry returns the first message. */
    idempotencyKey: text(),
  },
  (t) => [
    // A thread's latest messages, and older ones by keyset (created_at, id).
    index("messages_thread_idx").on(t.threadId, t.createdAt, t.id),
    uniqueIndex("messages_idempotency_key")
      .on(t.senderId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
  ],
);

/** The paid part of an InMail thread: who paid, for whom, and what happens to the credit. */
export const inmails = pgTable(
  "inmails",
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid()
      .notNull()
      .references(() => threads.id, { onDelete: "cascade" }),
    senderId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    recipientId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    category: inmailCategory().notNull(),
    status: inmailStatus().notNull().default("awaiting_answer"),
    contactEmail: text(),
    contactPhone: text(),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    /** sentAt + 7 days: unanswered by then, the credit comes back. */
    refundDueAt: timestamp({ withTimezone: true }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    /** How the recipient first answered: a reply, or a quick answer (interested / not / later). */
    answerKind: messageKind(),
    /** "Not interested" and why, if they said. */
    declineReason: declineReason(),
    /** "Ask me later": when the sender may come back. */
    laterFrom: timestamp({ withTimezone: true }),
    /** "Interested", sharing what they chose to: their address, a phone number. */
    answerEmail: text(),
    answerPhone: text(),
    refundedAt: timestamp({ withTimezone: true }),
    reminderSentAt: timestamp({ withTimezone: true }),
    /** Free InMails (Open Profile) spend nothing; otherwise the grant the credit came from. */
    free: boolean().notNull().default(false),
    idempotencyKey: text().notNull(),
  },
  (t) => [
    uniqueIndex("inmails_thread_key").on(t.threadId),
    uniqueIndex("inmails_idempotency_key").on(t.senderId, t.idempotencyKey),
    // "One at a time": at most one unanswered InMail from a sender to a recipient.
    uniqueIndex("inmails_one_awaiting_per_pair")
      .on(t.senderId, t.recipientId)
      .where(sql`${t.status} = 'awaiting_answer'`),
    index("inmails_recipient_idx").on(t.recipientId),
    index("inmails_refund_due_idx").on(t.refundDueAt).where(sql`${t.status} = 'awaiting_answer'`),
    // "Is a refund of this sender due?" without reading their other InMails.
    index("inmails_sender_refund_due_idx")
      .on(t.senderId, t.refundDueAt)
      .where(sql`${t.status} = 'awaiting_answer' AND NOT ${t.free}`),
  ],
);

export type Thread = typeof threads.$inferSelect;
export type NewThread = typeof threads.$inferInsert;
export type ThreadParticipant = typeof threadParticipants.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type NewMessage = typeof messages.$inferInsert;
export type Inmail = typeof inmails.$inferSelect;
export type NewInmail = typeof inmails.$inferInsert;
