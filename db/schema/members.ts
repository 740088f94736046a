import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    about: text().notNull().default(""),
    /** Preferred UI and mail language: en | de | it. */
    locale: text().notNull().default("en"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("members_handle_key").on(t.handle),
    index("members_industry_idx").on(t.industry),
    index("members_country_idx").on(t.country),
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

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
export type CommunicationSettings = typeof communicationSettings.$inferSelect;
export type NewCommunicationSettings = typeof communicationSettings.$inferInsert;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
