import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { invitationStatus } from "./enums";
import { members } from "./members";

/**
 * A 1st-degree connection is stored as two rows, one per direction, so that degree queries are
 * plain joins on (member_id → connected_member_id). Both rows are written in one transaction.
 */
export const connections = pgTable(
  "connections",
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    connectedMemberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.connectedMemberId] }),
    index("connections_connected_idx").on(t.connectedMemberId, t.memberId),
    check("connections_not_self", sql`${t.memberId} <> ${t.connectedMemberId}`),
  ],
);

/** blocker blocked blocked: neither can reach the other in any way. */
export const blocks = pgTable(
  "blocks",
  {
    blockerId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    blockedId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.blockerId, t.blockedId] }),
    index("blocks_blocked_idx").on(t.blockedId),
    check("blocks_not_self", sql`${t.blockerId} <> ${t.blockedId}`),
  ],
);

/**
 * An invitation to connect: to a member (inviteeId), or by email to someone who is not a member
 * yet (inviteeEmail + a hashed single-use token for the sign-up link); once that person joins,
 * inviteeId is filled in and it becomes a normal pending invitation.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    inviterId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    inviteeId: uuid().references(() => members.id, { onDelete: "cascade" }),
    /** Lower-cased; set for invitations sent by email. */
    inviteeEmail: text(),
    /** Up to 300 characters (counted as graphemes). */
    note: text().notNull().default(""),
    status: invitationStatus().notNull().default("pending"),
    /** SHA-256 of the sign-up link's token (email invitations only). */
    tokenHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // No duplicate pending invitations between two members, in either direction.
    uniqueIndex("invitations_one_pending_per_pair")
      .on(sql`least(${t.inviterId}, ${t.inviteeId})`, sql`greatest(${t.inviterId}, ${t.inviteeId})`)
      .where(sql`${t.status} = 'pending' and ${t.inviteeId} is not null`),
    uniqueIndex("invitations_one_pending_per_email")
      .on(t.inviterId, t.inviteeEmail)
      .where(sql`${t.status} = 'pending' and ${t.inviteeId} is null`),
    uniqueIndex("invitations_token_key").on(t.tokenHash),
    index("invitations_invitee_idx").on(t.inviteeId, t.status),
    index("invitations_inviter_idx").on(t.inviterId, t.status),
    index("invitations_email_idx").on(t.inviteeEmail).where(sql`${t.inviteeId} is null`),
    check(
      "invitations_has_invitee",
      sql`${t.inviteeId} is not null or ${t.inviteeEmail} is not null`,
    ),
    check("invitations_not_self", sql`${t.inviterId} <> ${t.inviteeId}`),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;
export type Connection = typeof connections.$inferSelect;
export type NewConnection = typeof connections.$inferInsert;
export type Block = typeof blocks.$inferSelect;
