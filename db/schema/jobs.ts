import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per mail the jobs have claimed or sent, by the key of the job that sends it. A second
 * job with the same key (a double enqueue, a retry after the send succeeded, a second instance)
 * finds the row and sends nothing. The only duplicate left possible — a crash after the SMTP
 * server accepted the mail but before this row says "sent" — carries the same Message-ID.
 */
export const sentMails = pgTable(
  "sent_mails",
  {
    key: text().primaryKey(),
    /** sending: claimed by a job until claimedUntil; sent: done, never again. */
    status: text({ enum: ["sending", "sent"] }).notNull(),
    messageId: text().notNull(),
    toAddress: text().notNull().default(""),
    subject: text().notNull().default(""),
    attempts: integer().notNull().default(1),
    claimedUntil: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("sent_mails_created_idx").on(t.createdAt)],
);

/**
 * Each job worker writes here every 30 s. A worker whose heartbeat stopped (kill -9, a lost
 * machine) left its jobs locked; the sweeper unlocks them after two minutes instead of the
 * queue's own four hours, so they run again on a live worker.
 */
export const workerHeartbeats = pgTable("worker_heartbeats", {
  workerId: text().primaryKey(),
  host: text().notNull(),
  pid: integer().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  seenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type SentMail = typeof sentMails.$inferSelect;
