import { pgEnum } from "drizzle-orm/pg-core";
import { DECLINE_REASONS, INMAIL_CATEGORIES } from "./categories";

export {
  DECLINE_REASONS,
  type DeclineReason,
  INMAIL_CATEGORIES,
  type InmailCategory,
} from "./categories";

export const inmailCategory = pgEnum("inmail_category", INMAIL_CATEGORIES);

export const subscriptionStatus = pgEnum("subscription_status", ["active", "cancelled"]);

/** Where a block of credits came from. */
export const creditGrantSource = pgEnum("credit_grant_source", [
  "monthly",
  "purchase",
  "refund",
  "adjustment",
]);

/** Every change to a balance is one of these; the balance is the sum of the deltas. */
export const ledgerEntryKind = pgEnum("ledger_entry_kind", [
  "grant",
  "spend",
  "expiry",
  "forfeit",
  "cap_withheld",
]);

export const threadKind = pgEnum("thread_kind", ["inmail", "message"]);

export const messageKind = pgEnum("message_kind", [
  "text",
  "interested",
  "not_interested",
  /** "Ask me later": counts as an answer; the sender is told when to come back. */
  "later",
]);

export const declineReason = pgEnum("decline_reason", DECLINE_REASONS);

export const inmailStatus = pgEnum("inmail_status", [
  "awaiting_answer",
  "answered",
  "declined",
  "refunded",
]);

export const orderStatus = pgEnum("order_status", ["pending", "paid", "cancelled", "expired"]);

export const invitationStatus = pgEnum("invitation_status", [
  "pending",
  "accepted",
  "ignored",
  "withdrawn",
]);
