import { sql } from "drizzle-orm";
import {
  bigserial,
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
import { members } from "./members";

/**
 * The numbers of Sponsored InMail (DESIGN.md, "Sponsored InMail"): one row, changed here or in
 * the row, never in code.
 */
export const sponsoredPolicy = pgTable(
  "sponsored_policy",
  {
    id: boolean().primaryKey().default(true),
    /** Audiences smaller than this are refused (LinkedIn: 300). */
    minAudienceSize: integer().notNull(),
    /** At most this many sponsored messages per member… */
    memberCapCount: integer().notNull(),
    /** …within this many days, across all advertisers. */
    memberCapDays: integer().notNull(),
    /** What one delivered message costs, in minor units of `currency`. */
    pricePerSendCents: integer().notNull(),
    currency: text().notNull(),
    minBudgetCents: integer().notNull(),
    maxBudgetCents: integer().notNull(),
    subjectMaxCharacters: integer().notNull(),
    bodyMaxCharacters: integer().notNull(),
    ctaMaxCharacters: integer().notNull(),
    nameMaxCharacters: integer().notNull(),
  },
  (t) => [
    check("sponsored_policy_single_row", sql`${t.id}`),
    check(
      "sponsored_policy_positive",
      sql`${t.minAudienceSize} > 0 and ${t.memberCapCount} > 0 and ${t.memberCapDays} > 0
        and ${t.pricePerSendCents} > 0 and ${t.minBudgetCents} >= ${t.pricePerSendCents}
        and ${t.maxBudgetCents} >= ${t.minBudgetCents}`,
    ),
  ],
);

export const sponsoredStatus = pgEnum("sponsored_status", [
  "draft",
  "active",
  "paused",
  /** Its budget is spent (less than one send left): more budget sends it on. */
  "completed",
  /** Ended by the advertiser: what was left of the budget went back to their ad balance. */
  "ended",
]);

/** An advertiser's sponsored campaign: one message to everyone of an audience who comes online. */
export const sponsoredCampaigns = pgTable(
  "sponsored_campaigns",
  {
    id: uuid().primaryKey().defaultRandom(),
    advertiserId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    name: text().notNull(),
    /** Templates with the campaign variables ({firstName}, {company|your team}, …). */
    subjectTemplate: text().notNull(),
    bodyTemplate: text().notNull(),
    ctaLabel: text().notNull(),
    /** https only (checked on save). */
    ctaUrl: text().notNull(),
    /** The audience: each list empty means "anyone"; members match every non-empty one. */
    countries: text().array().notNull().default(sql`'{}'`),
    industries: text().array().notNull().default(sql`'{}'`),
    languages: text().array().notNull().default(sql`'{}'`),
    /** Lower-cased words of which a title must contain one. */
    titleTerms: text().array().notNull().default(sql`'{}'`),
    /** Lower-cased company names, matched exactly (case aside). */
    companies: text().array().notNull().default(sql`'{}'`),
    status: sponsoredStatus().notNull().default("draft"),
    /** Fixed at the first payment: later price changes do not touch a running campaign. */
    pricePerSendCents: integer().notNull(),
    currency: text().notNull(),
    /** Everything paid into the campaign; spent never passes it (the ledger says how). */
    budgetCents: integer().notNull().default(0),
    spentCents: integer().notNull().default(0),
    delivered: integer().notNull().default(0),
    /**
     * The audience as last counted — when the draft was saved (or counted again), then at
     * launch: who matches, and who of them is excluded and why.
     */
    audienceSize: integer(),
    excludedOptedOut: integer(),
    excludedRefusesInmail: integer(),
    excludedBlocked: integer(),
    audienceCountedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    launchedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("sponsored_campaigns_advertiser_idx").on(t.advertiserId, t.createdAt.desc(), t.id),
    // Delivery looks only at running campaigns, oldest launch first.
    index("sponsored_campaigns_active_idx")
      .on(t.launchedAt, t.id)
      .where(sql`${t.status} = 'active'`),
    check(
      "sponsored_campaigns_money",
      sql`${t.spentCents} >= 0 and ${t.spentCents} <= ${t.budgetCents} and ${t.delivered} >= 0`,
    ),
  ],
);

/** What an advertiser has left from campaigns they ended; a new budget can be paid from it. */
export const adAccounts = pgTable(
  "ad_accounts",
  {
    memberId: uuid()
      .primaryKey()
      .references(() => members.id, { onDelete: "cascade" }),
    balanceCents: integer().notNull().default(0),
    currency: text().notNull(),
  },
  (t) => [check("ad_accounts_balance_nonneg", sql`${t.balanceCents} >= 0`)],
);

export const adLedgerKind = pgEnum("ad_ledger_kind", [
  /** A paid order into a campaign's budget (+). */
  "payment",
  /** One delivered message (−, from the campaign's budget). */
  "spend",
  /** An ended campaign's leftover into the ad balance (− campaign, + balance). */
  "release",
  /** The ad balance into a campaign's budget (− balance, + campaign). */
  "allocation",
]);

/**
 * The money of Sponsored InMail, one row per movement, each written in the transaction that moves
 * it: a campaign's budget is the sum of its payments and allocations less its releases, its
 * spend the sum of its spends; an account's balance its releases less its allocations. Unique
 * keys make a paid order and a delivery count once; a campaign row's lock (then an account's,
 * always in that order) serialises every movement of one campaign.
 */
export const adLedger = pgTable(
  "ad_ledger",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    advertiserId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => sponsoredCampaigns.id, { onDelete: "cascade" }),
    kind: adLedgerKind().notNull(),
    /** Always positive; the kind says which way it moves. */
    amountCents: integer().notNull(),
    orderId: uuid(),
    deliveryId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ad_ledger_order_key").on(t.orderId),
    uniqueIndex("ad_ledger_delivery_key").on(t.deliveryId),
    index("ad_ledger_campaign_idx").on(t.campaignId, t.id),
    index("ad_ledger_advertiser_idx").on(t.advertiserId, t.id),
    check("ad_ledger_amount_positive", sql`${t.amountCents} > 0`),
  ],
);

/** One sponsored message delivered to one member: once per campaign and member. */
export const sponsoredDeliveries = pgTable(
  "sponsored_deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => sponsoredCampaigns.id, { onDelete: "cascade" }),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** As rendered for this member at delivery. */
    subject: text().notNull(),
    body: text().notNull(),
    priceCents: integer().notNull(),
    deliveredAt: timestamp({ withTimezone: true }).notNull(),
    openedAt: timestamp({ withTimezone: true }),
    clickedAt: timestamp({ withTimezone: true }),
    notInterestedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("sponsored_deliveries_campaign_member_key").on(t.campaignId, t.memberId),
    // The member's sponsored messages, newest first (the inbox filter, the frequency cap).
    index("sponsored_deliveries_member_idx").on(t.memberId, t.deliveredAt.desc(), t.id),
    // The report's chart and CSV, in delivery order.
    index("sponsored_deliveries_campaign_idx").on(t.campaignId, t.deliveredAt, t.id),
  ],
);

/**
 * One row per member who was ever offered a sponsored message, locked by every delivery to that
 * member: deliveries to one member take turns, so the frequency cap holds across instances and
 * workers.
 */
export const sponsoredMemberLocks = pgTable("sponsored_member_locks", {
  memberId: uuid()
    .primaryKey()
    .references(() => members.id, { onDelete: "cascade" }),
});

/** "Not interested": this advertiser's sponsored messages no longer reach this member. */
export const sponsoredStops = pgTable(
  "sponsored_stops",
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    advertiserId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.advertiserId] })],
);

export type SponsoredPolicy = typeof sponsoredPolicy.$inferSelect;
export type SponsoredCampaign = typeof sponsoredCampaigns.$inferSelect;
export type SponsoredDelivery = typeof sponsoredDeliveries.$inferSelect;
