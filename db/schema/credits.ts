import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { subscriptions } from "./billing";
import { creditGrantSource, ledgerEntryKind } from "./enums";
import { members } from "./members";

/**
 * A block of credits with one expiry. `remaining` is what is left of it; spending decrements the
 * soonest-expiring block with a conditional UPDATE, so it can never go below zero.
 */
export const creditGrants = pgTable(
  "credit_grants",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    source: creditGrantSource().notNull(),
    amount: integer().notNull(),
    remaining: integer().notNull(),
    grantedAt: timestamp({ withTimezone: true }).notNull(),
    /** 90 days after grantedAt (DESIGN.md). */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** Set for monthly grants: cancelling the subscription forfeits these. */
    subscriptionId: uuid().references(() => subscriptions.id),
    /** Makes a grant idempotent: "monthly:{subscription}:{n}", "order:{id}", "refund:{inmail}". */
    idempotencyKey: text().notNull(),
    /** Set when the unspent rest was expired or forfeited. */
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("credit_grants_idempotency_key").on(t.idempotencyKey),
    index("credit_grants_member_open_idx")
      .on(t.memberId, t.expiresAt)
      .where(sql`${t.remaining} > 0`),
    check("credit_grants_amount_positive", sql`${t.amount} > 0`),
    check(
      "credit_grants_remaining_range",
      sql`${t.remaining} >= 0 and ${t.remaining} <= ${t.amount}`,
    ),
  ],
);

/**
 * The append-only ledger the member sees. balance(member) = sum(delta) = sum(remaining of open
 * grants). Every row says why it exists; a unique key stops a retry from writing it twice.
 */
export const creditLedgerEntries = pgTable(
  "credit_ledger_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    memberId: uuid()
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: ledgerEntryKind().notNull(),
    /** +n for grants, -n for spends, expiries and forfeits, 0 for a withheld (over-cap) grant. */
    delta: integer().notNull(),
    grantId: uuid().references(() => creditGrants.id),
    /** The InMail a spend paid for, or a refund returned. */
    inmailId: uuid(),
    /** Purchase order for purchase grants. */
    orderId: uuid(),
    /** For cap_withheld entries: how many credits of the allotment the cap kept back. */
    withheld: integer(),
    /** Machine-readable reason, e.g. "monthly_allotment", "inmail_sent", "no_answer_refund". */
    reason: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    idempotencyKey: text().notNull(),
  },
  (t) => [
    uniqueIndex("credit_ledger_idempotency_key").on(t.idempotencyKey),
    index("credit_ledger_member_idx").on(t.memberId, t.occurredAt),
  ],
);

export type CreditGrant = typeof creditGrants.$inferSelect;
export type NewCreditGrant = typeof creditGrants.$inferInsert;
export type CreditLedgerEntry = typeof creditLedgerEntries.$inferSelect;
export type NewCreditLedgerEntry = typeof creditLedgerEntries.$inferInsert;
