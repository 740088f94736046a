import { and, eq, gt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { getInmailPolicy } from "@/db/queries/policy";
import { creditGrants, creditLedgerEntries, plans, subscriptions } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";
import { settleMemberCredits } from "./settle";
import { lockMemberCredits } from "./spend";

export type SubscriptionResult =
  | { ok: true; subscriptionId: string | null }
  | {
      ok: false;
      reason: "unknown_plan" | "already_on_plan" | "no_subscription" | "price_changed";
    };

/** The price the member saw and confirmed, in minor units. */
export interface ConfirmedPrice {
  priceCents: number;
  currency: string;
}

/**
 * Subscribes to a Premium plan, or switches to another one. Subscribing grants the first month at
 * once (anniversary 0); later grants come on each monthly anniversary of this start. A switch
 * starts the new plan's months now and keeps the credits already granted (they still count
 * toward the cap and expire on their own dates). Choosing Basic is cancelling.
 *
 * `confirmed` is the price the member agreed to: if the plan's price is not that one any more
 * (it changed after the confirmation page was shown), nothing is subscribed.
 */
export async function subscribe(
  db: Executor,
  { memberId, planId, confirmed }: { memberId: string; planId: string; confirmed?: ConfirmedPrice },
): Promise<SubscriptionResult> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  if (!plan) return { ok: false, reason: "unknown_plan" };
  if (
    confirmed &&
    (confirmed.priceCents !== plan.priceCents || confirmed.currency !== plan.currency)
  ) {
    return { ok: false, reason: "price_changed" };
  }
  if (!plan.isPremium) return cancelSubscription(db, { memberId });
  const policy = await getInmailPolicy(db);
  const at = now();
  try {
    return await db.transaction(async (tx) => {
      await lockMemberCredits(tx, memberId);
      await settleMemberCredits(tx, { memberId, at, policy });
      const [current] = await tx
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.status, "active")))
        .limit(1);
      if (current?.planId === planId) return { ok: false, reason: "already_on_plan" } as const;
      if (current) {
        await tx
          .update(subscriptions)
          .set({ status: "cancelled", cancelledAt: at })
          .where(eq(subscriptions.id, current.id));
      }
      const [created] = await tx
        .insert(subscriptions)
        .values({ memberId, planId, status: "active", startedAt: at })
        .returning({ id: subscriptions.id });
      // Grants the first month (period 0) as of now.
      await settleMemberCredits(tx, { memberId, at, policy });
      log.info({ memberId, planId, switchedFrom: current?.planId }, "subscribed");
      return { ok: true, subscriptionId: created?.id ?? null } as const;
    });
  } catch (error) {
    // The partial unique index allows one active subscription; a concurrent twin lost.
    if (isUniqueViolation(error, "subscriptions_one_active_per_member"))
      return { ok: false, reason: "already_on_plan" };
    throw error;
  }
}

/**
 * Cancels Premium: the unspent monthly credits are forfeited (each with a ledger entry); purchased
 * and refunded credits stay until their own expiry — the member paid for those.
 */
export async function cancelSubscription(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<SubscriptionResult> {
  const policy = await getInmailPolicy(db);
  const at = now();
  return db.transaction(async (tx) => {
    await lockMemberCredits(tx, memberId);
    await settleMemberCredits(tx, { memberId, at, policy });
    const [cancelled] = await tx
      .update(subscriptions)
      .set({ status: "cancelled", cancelledAt: at })
      .where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.status, "active")))
      .returning({ id: subscriptions.id });
    if (!cancelled) return { ok: false, reason: "no_subscription" } as const;
    const open = await tx
      .select({ id: creditGrants.id, remaining: creditGrants.remaining })
      .from(creditGrants)
      .where(
        and(
          eq(creditGrants.memberId, memberId),
          eq(creditGrants.source, "monthly"),
          gt(creditGrants.remaining, 0),
        ),
      );
    for (const grant of open) {
      const [closed] = await tx
        .update(creditGrants)
        .set({ remaining: 0, closedAt: at })
        .where(and(eq(creditGrants.id, grant.id), gt(creditGrants.remaining, 0)))
        .returning({ id: creditGrants.id });
      if (!closed) continue;
      await tx.insert(creditLedgerEntries).values({
        memberId,
        kind: "forfeit",
        delta: -grant.remaining,
        grantId: grant.id,
        reason: "premium_cancelled",
        occurredAt: at,
        idempotencyKey: `ledger:forfeit:${grant.id}`,
      });
    }
    log.info({ memberId, subscriptionId: cancelled.id }, "subscription cancelled");
    return { ok: true, subscriptionId: cancelled.id } as const;
  });
}
