import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { getInmailPolicy } from "@/db/queries/policy";
import {
  creditGrants,
  creditLedgerEntries,
  type InmailPolicy,
  inmails,
  plans,
  subscriptions,
} from "@/db/schema";
import { now } from "@/lib/clock";
import { monthlyAnniversary } from "./anniversary";
import { addGrant } from "./grants";
import { lockMemberCredits } from "./spend";

type Event =
  | { at: Date; kind: "expiry"; grantId: string; remaining: number }
  | {
      at: Date;
      kind: "monthly";
      subscriptionId: string;
      period: number;
      allotment: number;
      cap: number;
    }
  | { at: Date; kind: "refund"; inmailId: string };

// At one instant: expire first, then grant, then refund (a credit granted at 90 days to the
// minute of an older one's expiry is not eaten by it).
const ORDER = { expiry: 0, monthly: 1, refund: 2 } as const;

/**
 * What a monthly allotment grants: the plan's allotment, but never taking the monthly credits
 * the member holds above the plan's cap (the rest is withheld). The confirmation page says the
 * same number before a subscription.
 */
export function monthlyGrant({
  allotment,
  cap,
  held,
}: {
  allotment: number;
  cap: number;
  held: number;
}): number {
  return Math.max(0, Math.min(allotment, cap - held));
}

/**
 * Brings one member's credits up to `at`: expiries, monthly allotments (up to the plan's cap) and
 * no-answer refunds, applied in the order they happened. Must run inside a transaction holding
 * the member's credit lock. Every write is keyed or conditional, so running it twice, or in two
 * processes, applies each event once.
 */
export async function settleMemberCredits(
  tx: Transaction,
  { memberId, at, policy }: { memberId: string; at: Date; policy: InmailPolicy },
): Promise<number> {
  let applied = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const event = await nextEvent(tx, memberId, at);
    if (!event) return applied;
    await apply(tx, memberId, event, policy);
    applied++;
  }
  throw new Error(`settling member ${memberId} did not converge`);
}

async function nextEvent(tx: Transaction, memberId: string, at: Date): Promise<Event | null> {
  const candidates: Event[] = [];
  const [expiring] = await tx
    .select({
      id: creditGrants.id,
      remaining: creditGrants.remaining,
      expiresAt: creditGrants.expiresAt,
    })
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.memberId, memberId),
        gt(creditGrants.remaining, 0),
        lte(creditGrants.expiresAt, at),
      ),
    )
    .orderBy(asc(creditGrants.expiresAt))
    .limit(1);
  if (expiring)
    candidates.push({
      at: expiring.expiresAt,
      kind: "expiry",
      grantId: expiring.id,
      remaining: expiring.remaining,
    });

  const [subscription] = await tx
    .select({
      id: subscriptions.id,
      startedAt: subscriptions.startedAt,
      settledPeriods: subscriptions.settledPeriods,
      allotment: plans.monthlyCredits,
      cap: plans.creditCap,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.status, "active")))
    .limit(1);
  if (subscription) {
    const due = monthlyAnniversary(subscription.startedAt, subscription.settledPeriods);
    if (due <= at) {
      candidates.push({
        at: due,
        kind: "monthly",
        subscriptionId: subscription.id,
        period: subscription.settledPeriods,
        allotment: subscription.allotment,
        cap: subscription.cap,
      });
    }
  }

  const [refund] = await tx
    .select({ id: inmails.id, dueAt: inmails.refundDueAt })
    .from(inmails)
    .where(
      and(
        eq(inmails.senderId, memberId),
        eq(inmails.status, "awaiting_answer"),
        isNull(inmails.answeredAt),
        eq(inmails.free, false),
        lte(inmails.refundDueAt, at),
      ),
    )
    .orderBy(asc(inmails.refundDueAt))
    .limit(1);
  if (refund) candidates.push({ at: refund.dueAt, kind: "refund", inmailId: refund.id });

  candidates.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind]);
  return candidates[0] ?? null;
}

async function apply(
  tx: Transaction,
  memberId: string,
  event: Event,
  policy: InmailPolicy,
): Promise<void> {
  if (event.kind === "expiry") {
    const [closed] = await tx
      .update(creditGrants)
      .set({ remaining: 0, closedAt: event.at })
      .where(and(eq(creditGrants.id, event.grantId), gt(creditGrants.remaining, 0)))
      .returning({ id: creditGrants.id });
    if (!closed) return;
    await tx
      .insert(creditLedgerEntries)
      .values({
        memberId,
        kind: "expiry",
        delta: -event.remaining,
        grantId: event.grantId,
        reason: "expired_after_90_days",
        occurredAt: event.at,
        idempotencyKey: `ledger:expiry:${event.grantId}`,
      })
      .onConflictDoNothing();
    return;
  }

  if (event.kind === "monthly") {
    // Claim the period first: only the transaction that moves the counter grants this month.
    const [claimed] = await tx
      .update(subscriptions)
      .set({ settledPeriods: event.period + 1 })
      .where(
        and(
          eq(subscriptions.id, event.subscriptionId),
          eq(subscriptions.settledPeriods, event.period),
        ),
      )
      .returning({ id: subscriptions.id });
    if (!claimed) return;
    const [held] = await tx
      .select({ n: sql<number>`coalesce(sum(${creditGrants.remaining}), 0)::int` })
      .from(creditGrants)
      .where(
        and(
          eq(creditGrants.memberId, memberId),
          eq(creditGrants.source, "monthly"),
          gt(creditGrants.remaining, 0),
          gt(creditGrants.expiresAt, event.at),
        ),
      );
    const granted = monthlyGrant({
      allotment: event.allotment,
      cap: event.cap,
      held: Number(held?.n ?? 0),
    });
    const key = `monthly:${event.subscriptionId}:${event.period}`;
    if (granted > 0) {
      await addGrant(tx, {
        memberId,
        source: "monthly",
        amount: granted,
        at: event.at,
        lifetimeDays: policy.creditLifetimeDays,
        idempotencyKey: key,
        reason: "monthly_allotment",
        subscriptionId: event.subscriptionId,
      });
    }
    if (granted < event.allotment) {
      await tx
        .insert(creditLedgerEntries)
        .values({
          memberId,
          kind: "cap_withheld",
          delta: 0,
          withheld: event.allotment - granted,
          reason: "monthly_allotment_over_cap",
          occurredAt: event.at,
          idempotencyKey: `ledger:${key}:withheld`,
        })
        .onConflictDoNothing();
    }
    return;
  }

  const [refunded] = await tx
    .update(inmails)
    .set({ status: "refunded", refundedAt: event.at })
    .where(
      and(
        eq(inmails.id, event.inmailId),
        eq(inmails.status, "awaiting_answer"),
        isNull(inmails.answeredAt),
      ),
    )
    .returning({ id: inmails.id });
  if (!refunded) return;
  await addGrant(tx, {
    memberId,
    source: "refund",
    amount: 1,
    at: event.at,
    lifetimeDays: policy.creditLifetimeDays,
    idempotencyKey: `refund:${event.inmailId}`,
    reason: "no_answer_refund",
    inmailId: event.inmailId,
  });
}

/** Settles one member as of now in a transaction of its own (pages call this before reading). */
export async function settleMemberNow(db: Executor, memberId: string): Promise<void> {
  const policy = await getInmailPolicy(db);
  const at = now();
  await db.transaction(async (tx) => {
    if (!(await lockMemberCredits(tx, memberId))) return;
    await settleMemberCredits(tx, { memberId, at, policy });
  });
}
