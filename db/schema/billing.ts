import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { orderStatus, subscriptionStatus } from "./enums";
import { members } from "./members";
import { sponsoredCampaigns } from "./sponsored";

/** Plans are data, not code: allotment, cap and price live here. */
export const plans = pgTable(
  "plans",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    /** Credits granted on each monthly anniversary of the subscription start. */
    monthlyCredits: integer().notNull(),
    /** Rollover stops here: a grant never takes the subscription credits above the cap. */
    creditCap: integer().notNull(),
    /** Price per month in minor units (cents). */
    priceCents: integer().notNull(),
    currency: text().notNull().default("usd"),
    isPremium: boolean().notNull(),
    /** Recruiting (projects, campaigns) is a feature of the plan: data, not a list in code. */
    recruiting: boolean().notNull().default(false),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    check(
      "plans_credits_nonneg",
      sql`${t.monthlyCredits} >= 0 and ${t.creditCap} >= ${t.monthlyCredits}`,
    ),
    check("plans_price_nonneg", sql`${t.priceCents} >= 0`),
  ],
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    planId: text()
      .notNull()
      .references(() => plans.id),
    status: subscriptionStatus().notNull().default("active"),
    /** Monthly grants fall on the anniversaries of this instant. */
    startedAt: timestamp({ withTimezone: true }).notNull(),
    cancelledAt: timestamp({ withTimezone: true }),
    /**
     * How many monthly anniversaries (0 = the start) have been settled, granted or withheld at
     * the cap. Advanced with a conditional UPDATE, so each month is applied exactly once.
     */
    settledPeriods: integer().notNull().default(0),
  },
  (t) => [
    // A member has at most one active subscription at a time.
    uniqueIndex("subscriptions_one_active_per_member")
      .on(t.memberId)
      .where(sql`${t.status} = 'active'`),
    index("subscriptions_member_idx").on(t.memberId),
  ],
);

/** Price list for credit packs (1–10 credits per purchase); price per credit is data. */
export const creditPackPrices = pgTable("credit_pack_prices", {
  currency: text().primaryKey(),
  priceCentsPerCredit: integer().notNull(),
  minCredits: integer().notNull().default(1),
  maxCredits: integer().notNull().default(10),
});

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;

/**
 * A purchase: a credit pack, or the budget of a sponsored campaign (`purpose`). Pending until the
 * payment provider (or the local checkout) says paid; both are fulfilled by one code path.
 */
export const creditOrders = pgTable(
  "credit_orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** What is bought: "credits" (a pack of `credits`) or "sponsored_budget" (for the campaign). */
    purpose: text({ enum: ["credits", "sponsored_budget"] })
      .notNull()
      .default("credits"),
    /** Credits of a pack; 0 for a budget. */
    credits: integer().notNull(),
    sponsoredCampaignId: uuid().references(() => sponsoredCampaigns.id, { onDelete: "set null" }),
    amountCents: integer().notNull(),
    currency: text().notNull(),
    status: orderStatus().notNull().default("pending"),
    /** "stripe" or "local" (test mode without Stripe keys). */
    provider: text().notNull(),
    /** Stripe Checkout Session id; unique so a session can belong to one order only. */
    providerSessionId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("credit_orders_provider_session_key").on(t.providerSessionId),
    index("credit_orders_member_idx").on(t.memberId, t.createdAt),
    check(
      "credit_orders_credits_range",
      sql`(${t.purpose} = 'credits' and ${t.credits} between 1 and 10)
        or (${t.purpose} = 'sponsored_budget' and ${t.credits} = 0)`,
    ),
    check("credit_orders_amount_nonneg", sql`${t.amountCents} >= 0`),
  ],
);

/** Stripe webhook events already handled: a replayed or duplicated event is recognised here. */
export const stripeEvents = pgTable("stripe_events", {
  id: text().primaryKey(),
  type: text().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull(),
});

export type CreditOrder = typeof creditOrders.$inferSelect;
export type NewCreditOrder = typeof creditOrders.$inferInsert;
