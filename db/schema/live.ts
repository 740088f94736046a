import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { members } from "./members";
import { threads } from "./messaging";

/**
 * What happened for a member, in order: written in the same transaction as the change, and
 * announced (ids only) by a trigger's NOTIFY at commit. An open event stream replays from its
 * last event id after a reconnect, so nothing is missed; rows older than a day are dropped.
 */
export const memberEvents = pgTable(
  "member_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** message: a new message in one of their threads · read: the other side read a thread ·
     *  invitation: invitations changed · inbox: their own inbox changed (read, archived). */
    kind: text({ enum: ["message", "read", "invitation", "inbox"] }).notNull(),
    threadId: uuid().references(() => threads.id, { onDelete: "cascade" }),
    /** Who caused it (the sender, the reader). */
    actorId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("member_events_member_idx").on(t.memberId, t.id),
    index("member_events_created_idx").on(t.createdAt),
  ],
);

export type MemberEvent = typeof memberEvents.$inferSelect;
