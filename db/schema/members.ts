import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { inmailCategory } from "./enums";

export const members = pgTable(
  "members",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Public, URL-safe profile handle: /in/{handle}. */
    handle: text().notNull(),
    /** Stored lower-cased; uniqueness is on the lower-cased value. */
    email: text().notNull(),
    passwordHash: text().notNull(),
    name: text().notNull(),
    headline: text().notNull().default(""),
    company: text().notNull().default(""),
    title: text().notNull().default(""),
    location: text().notNull().default(""),
    /** ISO 3166-1 alpha-2. */
    country: text().notNull().default(""),
    industry: text().notNull().default(""),
    /** IANA time zone (business hours, campaign scheduling); "" until the member says. */
    timeZone: text().notNull().default(""),
    about: text().notNull().default(""),
    /** The current photo (member_photos.id), or none: avatars fall back to initials. */
    photoId: uuid(),
    /** Set when the member finished (or skipped) the onboarding after sign-up. */
    onboardedAt: timestamp({ withTimezone: true }),
    /** Preferred UI and mail language: en | de | it. */
    locale: text().notNull().default("en"),
    /** Until the address is confirmed the member may read and browse but not send. */
    emailVerifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("members_handle_key").on(t.handle),
    index("members_industry_idx").on(t.industry),
    index("members_country_idx").on(t.country),
    // Member search walks names in order for broad words. Its other indexes (the full-text
    // documents, accent-folded names) are in the migrations: drizzle cannot express them.
    index("members_name_id_idx").on(t.name, t.id),
    // Deleting a replaced photo checks that no member still points at it (members_photo_id_fk):
    // without this, a scan of every member (61 ms at 100,000) inside each photo change.
    index("members_photo_idx").on(t.photoId).where(sql`${t.photoId} is not null`),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

/**
 * Profile photos, re-encoded on upload (lib/profile/photos.ts). A new photo is a new row with a
 * new id, so its URL (/photos/{id}) can be cached for ever; the old row is deleted with the swap.
 */
export const memberPhotos = pgTable(
  "member_photos",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    contentType: text().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    /** The WebP itself, when photos are kept in PostgreSQL (the default). */
    content: bytea(),
    /** Its key in the photo bucket, when one is configured (S3_*); then content is null. */
    storageKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("member_photos_member_idx").on(t.memberId),
    check("member_photos_stored_once", sql`(${t.content} is null) <> (${t.storageKey} is null)`),
  ],
);

/** Privacy settings → Communications. One row per member, created with the member. */
export const communicationSettings = pgTable("communication_settings", {
  memberId: uuid()
    .primaryKey()
    .references(() => members.id, { onDelete: "cascade" }),
  acceptsInmail: boolean().notNull().default(true),
  /** Categories of InMail the member welcomes; shown beside the compose body. */
  interestCategories: inmailCategory().array().notNull().default(sql`'{}'`),
  /** Appended to InMails; counts toward the 1900-character body limit. */
  signature: text().notNull().default(""),
  emailNotifications: boolean().notNull().default(true),
  /** Premium "Open Profile": anyone may message this member free of charge. */
  openProfile: boolean().notNull().default(false),
  /** "Seen" and "… is typing" (LinkedIn's read receipts): shown only when both sides allow it. */
  readReceipts: boolean().notNull().default(true),
  /** "Show when I'm active": the green dot on this member's avatar for their connections. */
  showPresence: boolean().notNull().default(true),
  /**
   * Sponsored messages (advertisers' Sponsored InMail): null until the member chooses, which
   * means yes outside the EU and no inside it (lib/sponsored/audience.ts).
   */
  sponsoredMessages: boolean(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Single-use "forgot password" tokens; only a SHA-256 of the token is stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text().primaryKey(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("password_reset_tokens_member_idx").on(t.memberId)],
);

/**
 * A mailed link that confirms an address: a new member's (sign_up) or a new one they want to
 * use (change). Single use; only the token's SHA-256 is stored.
 */
export const emailConfirmations = pgTable(
  "email_confirmations",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** Lower-cased address being confirmed. */
    email: text().notNull(),
    purpose: text({ enum: ["sign_up", "change"] }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("email_confirmations_token_key").on(t.tokenHash),
    index("email_confirmations_member_idx").on(t.memberId),
  ],
);

/**
 * A signed-in browser. The session cookie (a JWT) carries only this row's id; every request
 * checks the row, so signing out, a password change or "sign out everywhere" ends a session on
 * the server at once. Sliding: lastSeenAt moves with activity, within expiresAt.
 */
export const memberSessions = pgTable(
  "member_sessions",
  {
    id: text().primaryKey(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    /** The absolute end, however active the session is. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Shortened User-Agent, to name the device in Settings → Security. */
    userAgent: text().notNull().default(""),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("member_sessions_member_idx").on(t.memberId, t.lastSeenAt)],
);

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
export type CommunicationSettings = typeof communicationSettings.$inferSelect;
export type NewCommunicationSettings = typeof communicationSettings.$inferInsert;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type EmailConfirmation = typeof emailConfirmations.$inferSelect;
export type MemberSession = typeof memberSessions.$inferSelect;
