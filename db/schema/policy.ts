import { sql } from "drizzle-orm";
import { bigint, boolean, check, integer, pgTable, timestamp } from "drizzle-orm/pg-core";

/**
 * The numbers of the InMail rules (DESIGN.md: "numbers are data, not code constants"). One row;
 * the migration inserts LinkedIn's values. Read through db/queries/policy.ts.
 */
export const inmailPolicy = pgTable(
  "inmail_policy",
  {
    id: boolean().primaryKey().default(true),
    subjectMaxCharacters: integer().notNull(),
    bodyMaxCharacters: integer().notNull(),
    messageMaxCharacters: integer().notNull(),
    quickReplyNoteMaxCharacters: integer().notNull(),
    refundAfterDays: integer().notNull(),
    reminderAfterDays: integer().notNull(),
    creditLifetimeDays: integer().notNull(),
    responseScoreWindowDays: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("inmail_policy_single_row", sql`${t.id}`),
    check(
      "inmail_policy_positive",
      sql`${t.subjectMaxCharacters} > 0 and ${t.bodyMaxCharacters} > 0 and ${t.refundAfterDays} > 0`,
    ),
  ],
);

export type InmailPolicy = typeof inmailPolicy.$inferSelect;

/**
 * Outside production only: how far the test clock is ahead of real time. Kept in the database so
 * every app instance and the sweeper travel together. lib/clock reads it; production ignores it.
 */
export const testClock = pgTable(
  "test_clock",
  {
    id: boolean().primaryKey().default(true),
    offsetMs: bigint({ mode: "number" }).notNull().default(0),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("test_clock_single_row", sql`${t.id}`)],
);
