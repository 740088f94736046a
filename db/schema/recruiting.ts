import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { inmailCategory } from "./enums";
import { members } from "./members";

/**
 * A recruiter's named list of candidates, saved from search (DESIGN.md, "Campaigns"): the
 * audience of a campaign. Only its owner sees it; the candidates are never told.
 */
export const recruitingProjects = pgTable(
  "recruiting_projects",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Kept here (changed with every add and remove) so lists never count candidates. */
    candidateCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One name once per owner, whatever its case: "Munich plant" and "munich plant" are one.
    uniqueIndex("recruiting_projects_owner_name_key").on(t.ownerId, sql`lower(${t.name})`),
    index("recruiting_projects_owner_updated_idx").on(t.ownerId, t.updatedAt.desc(), t.id),
    check("recruiting_projects_count_nonneg", sql`${t.candidateCount} >= 0`),
  ],
);

/** One candidate in one project, once (the key deduplicates every way of adding). */
export const projectCandidates = pgTable(
  "project_candidates",
  {
    projectId: uuid()
      .notNull()
      .references(() => recruitingProjects.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.memberId] }),
    // The project page, newest first, by keyset.
    index("project_candidates_project_added_idx").on(
      t.projectId,
      t.addedAt.desc(),
      t.memberId.desc(),
    ),
    // A member's row is found when the member goes away (cascade) without a scan.
    index("project_candidates_member_idx").on(t.memberId),
  ],
);

/**
 * The numbers of recruiting (limits are data, not code constants). One row, written by the
 * migration; read through db/queries/recruiting.ts.
 */
export const recruitingPolicy = pgTable(
  "recruiting_policy",
  {
    id: boolean().primaryKey().default(true),
    maxProjectsPerMember: integer().notNull(),
    maxCandidatesPerProject: integer().notNull(),
    projectNameMaxCharacters: integer().notNull(),
    maxRecipientsPerCampaign: integer().notNull().default(1000),
    maxCampaignsPerDay: integer().notNull().default(10),
    /**
     * The quality gate (LinkedIn Recruiter's): a sender of at least `qualityMinInmails` InMails
     * in `qualityWindowDays` whose response rate is under `qualityMinResponsePercent` is warned,
     * then cannot launch campaigns for `qualityBlockDays`.
     */
    qualityMinInmails: integer().notNull().default(100),
    qualityWindowDays: integer().notNull().default(14),
    qualityMinResponsePercent: integer().notNull().default(13),
    qualityBlockDays: integer().notNull().default(14),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("recruiting_policy_single_row", sql`${t.id}`),
    check(
      "recruiting_policy_positive",
      sql`${t.maxProjectsPerMember} > 0 and ${t.maxCandidatesPerProject} > 0 and ${t.projectNameMaxCharacters} > 0`,
    ),
  ],
);

export type RecruitingProject = typeof recruitingProjects.$inferSelect;
export type RecruitingPolicy = typeof recruitingPolicy.$inferSelect;

export const CAMPAIGN_STATUSES = [
  "draft",
  "sending",
  "paused",
  /** Stopped by the sender's credits running out; resumes when they buy more (or resume). */
  "needs_credits",
  "completed",
  "cancelled",
] as const;
export const campaignStatus = pgEnum("campaign_status", CAMPAIGN_STATUSES);

export const DELIVERY_STATUSES = ["pending", "sent", "skipped"] as const;
export const deliveryStatus = pgEnum("campaign_delivery_status", DELIVERY_STATUSES);

/** Why a recipient of a campaign got nothing. */
export const SKIP_REASONS = [
  "opted_out",
  "blocked",
  "awaiting_answer",
  "recipient_not_found",
  "self",
  /** A variable without a fallback had no value for this recipient. */
  "missing_value",
  /** The rendered subject or body (with the signature) is over the limit for this recipient. */
  "too_long",
  /** Cancelled before it was their turn. */
  "cancelled",
] as const;
export const skipReason = pgEnum("campaign_skip_reason", SKIP_REASONS);

/**
 * One personalised InMail to many: templates with variables, sent to a project's candidates as
 * they were at launch (DESIGN.md, "Campaigns"). Sent by jobs, one delivery per recipient.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** The audience's source; the recipients themselves are copied at launch. */
    projectId: uuid().references(() => recruitingProjects.id, { onDelete: "set null" }),
    name: text().notNull(),
    subjectTemplate: text().notNull(),
    bodyTemplate: text().notNull(),
    category: inmailCategory().notNull(),
    status: campaignStatus().notNull().default("draft"),
    /** When it sends: now, from `startsAt`, or in each recipient's business hours. */
    schedule: text().notNull().default("now"),
    startsAt: timestamp({ withTimezone: true }),
    /** While needs_credits: how many more credits the rest needs. */
    creditsNeeded: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    launchedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("campaigns_owner_created_idx").on(t.ownerId, t.createdAt.desc(), t.id),
    // "Campaigns launched today" for the daily limit.
    index("campaigns_owner_launched_idx").on(t.ownerId, t.launchedAt),
    // Deleting a project sets its campaigns' project to null: found here, not by a scan of all.
    index("campaigns_project_idx").on(t.projectId).where(sql`${t.projectId} is not null`),
    check("campaigns_schedule_known", sql`${t.schedule} in ('now', 'at', 'business')`),
  ],
);

/**
 * One recipient of one campaign: the delivery. Unique per (campaign, recipient), and it turns
 * `sent` in the same transaction as the InMail, its credit spend and its message, so a retry, a
 * crash, a second worker or a double launch never sends or spends twice.
 */
export const campaignRecipients = pgTable(
  "campaign_recipients",
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** The send's idempotency key: the same delivery is the same InMail, however often tried. */
    deliveryKey: uuid().notNull().defaultRandom(),
    status: deliveryStatus().notNull().default("pending"),
    skipReason: skipReason(),
    /** What it was: an InMail for a credit, a free one (Open Profile), a free message. */
    kind: text(),
    threadId: uuid(),
    inmailId: uuid(),
    /** Not sent before this (a chosen start, the recipient's business hours); null: at once. */
    notBefore: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.memberId] }),
    uniqueIndex("campaign_recipients_delivery_key").on(t.deliveryKey),
    index("campaign_recipients_pending_idx")
      .on(t.campaignId, t.memberId)
      .where(sql`${t.status} = 'pending'`),
    index("campaign_recipients_inmail_idx").on(t.inmailId),
    check(
      "campaign_recipients_sent_has_thread",
      sql`(${t.status} = 'sent') = (${t.threadId} is not null)`,
    ),
    check(
      "campaign_recipients_skipped_has_reason",
      sql`(${t.status} = 'skipped') = (${t.skipReason} is not null)`,
    ),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A sender's standing at the quality gate: warned once, then blocked for a while. */
export const recruitingStanding = pgTable("recruiting_standing", {
  memberId: uuid()
    .primaryKey()
    .references(() => members.id, { onDelete: "cascade" }),
  warnedAt: timestamp({ withTimezone: true }),
  blockedUntil: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
