import { randomUUID } from "node:crypto";
import { addDays } from "@/lib/clock";
import { monthlyAnniversary } from "@/lib/credits/anniversary";
import type { NewCreditGrant, NewCreditLedgerEntry, NewSubscription } from "../schema";
import { planById } from "./plans";
import type { SeedMember } from "./profiles";

/** Every credit expires 90 days after it was granted (DESIGN.md). */
export const CREDIT_LIFETIME_DAYS = 90;

type Grant = NewCreditGrant & { id: string; grantedAt: Date; expiresAt: Date; remaining: number };

/**
 * Subscriptions, credit grants and the ledger, built in memory so that spends and refunds of
 * seeded InMails can be booked before anything is written. Invariant kept throughout: for every
 * member, sum(ledger delta) = sum(remaining of open grants).
 */
export class CreditBook {
  readonly subscriptions: (NewSubscription & { id: string })[] = [];
  readonly grants: Grant[] = [];
  readonly ledger: NewCreditLedgerEntry[] = [];
  private readonly grantsByMember = new Map<string, Grant[]>();

  constructor(private readonly at: Date) {}

  /** Subscribes the member and grants every monthly allotment due by now, up to the cap. */
  subscribe(member: SeedMember): void {
    if (!member.subscribedAt || member.planId === "basic") return;
    const plan = planById(member.planId);
    const subscription = {
      id: randomUUID(),
      memberId: member.id,
      planId: plan.id,
      status: "active" as const,
      startedAt: member.subscribedAt,
      settledPeriods: 0,
    };
    this.subscriptions.push(subscription);
    let n = 0;
    for (; monthlyAnniversary(member.subscribedAt, n) <= this.at; n++) {
      const grantedAt = monthlyAnniversary(member.subscribedAt, n);
      const key = `monthly:${subscription.id}:${n}`;
      if (addDays(grantedAt, CREDIT_LIFETIME_DAYS) <= this.at) continue;
      const held = this.open(member.id, grantedAt)
        .filter((g) => g.subscriptionId === subscription.id)
        .reduce((sum, g) => sum + g.remaining, 0);
      const amount = Math.min(plan.monthlyCredits, plan.creditCap - held);
      if (amount <= 0) {
        this.ledger.push({
          memberId: member.id,
          kind: "cap_withheld",
          delta: 0,
          reason: "monthly_allotment_over_cap",
          withheld: plan.monthlyCredits,
          occurredAt: grantedAt,
          idempotencyKey: `ledger:${key}`,
        });
        continue;
      }
      this.grant(member.id, "monthly", amount, grantedAt, key, "monthly_allotment", {
        subscriptionId: subscription.id,
      });
    }
    // Every anniversary up to now is settled; the credits service continues from the next.
    subscription.settledPeriods = n;
  }

  /** Spends the soonest-expiring credit held at `at`; false if the member had none. */
  spend(memberId: string, at: Date, inmailId: string): boolean {
    const grant = this.open(memberId, at)
      .filter((g) => g.remaining > 0)
      .sort((x, y) => x.expiresAt.getTime() - y.expiresAt.getTime())[0];
    if (!grant) return false;
    grant.remaining -= 1;
    this.ledger.push({
      memberId,
      kind: "spend",
      delta: -1,
      grantId: grant.id,
      inmailId,
      reason: "inmail_sent",
      occurredAt: at,
      idempotencyKey: `ledger:spend:${inmailId}`,
    });
    return true;
  }

  /** An unanswered InMail's credit comes back as a fresh grant with its own 90 days. */
  refund(memberId: string, at: Date, inmailId: string): void {
    this.grant(memberId, "refund", 1, at, `refund:${inmailId}`, "no_answer_refund", { inmailId });
  }

  balance(memberId: string, at = this.at): number {
    return this.open(memberId, at).reduce((sum, g) => sum + g.remaining, 0);
  }

  private open(memberId: string, at: Date): Grant[] {
    return (this.grantsByMember.get(memberId) ?? []).filter(
      (g) => g.grantedAt <= at && g.expiresAt > at,
    );
  }

  private grant(
    memberId: string,
    source: Grant["source"],
    amount: number,
    grantedAt: Date,
    key: string,
    reason: string,
    link: { subscriptionId?: string; inmailId?: string },
  ): void {
    const grant: Grant = {
      id: randomUUID(),
      memberId,
      source,
      amount,
      remaining: amount,
      grantedAt,
      expiresAt: addDays(grantedAt, CREDIT_LIFETIME_DAYS),
      subscriptionId: link.subscriptionId ?? null,
      idempotencyKey: key,
    };
    this.grants.push(grant);
    const held = this.grantsByMember.get(memberId);
    if (held) held.push(grant);
    else this.grantsByMember.set(memberId, [grant]);
    this.ledger.push({
      memberId,
      kind: "grant",
      delta: amount,
      grantId: grant.id,
      inmailId: link.inmailId ?? null,
      reason,
      occurredAt: grantedAt,
      idempotencyKey: `ledger:${key}`,
    });
  }
}
