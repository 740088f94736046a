/**
 * A small in-memory model of the credit and InMail rules of DESIGN.md ("Credits", "InMail
 * rules") and issue 4, for the model-based test (model.test.ts). Pure TypeScript, no database:
 * it says what the real services must show after any sequence of subscribe, cancel, buy, send,
 * answer and time jumps. Numbers (allotments, caps, 7 and 90 days) come in as data.
 *
 * The rules, as modelled:
 * - Every grant expires `creditLifetimeDays` after it was granted: from that instant on it counts
 *   for nothing, and its unspent rest becomes an `expiry` entry.
 * - A subscription grants on each monthly anniversary of its start (the start itself included);
 *   a start on the 31st falls on the last day of shorter months. The amount is
 *   min(allotment, cap − unspent unexpired subscription credits); the rest is withheld (a
 *   `cap_withheld` entry). Purchased and refunded credits do not count toward the cap.
 * - At one instant, expiries come before grants, grants before refunds.
 * - Switching plans ends the old subscription without forfeit and starts the new one's months
 *   now; choosing Basic cancels. Cancelling forfeits the unspent subscription credits.
 * - Buying adds a purchase grant of 1–10 credits at once.
 * - Sending: refused with `awaiting_answer` while an earlier InMail to the same recipient is
 *   unanswered (refunded or not), else `no_credits` without an unexpired credit, else spends one
 *   credit from the soonest-expiring grant.
 * - An InMail not answered before sentAt + `refundAfterDays` is refunded at that instant: a
 *   1-credit refund grant (expiring `creditLifetimeDays` later). An answer at or after that
 *   instant is recorded but keeps the refund. The recipient's first answer (reply or quick
 *   reply) is the answer; a later text reply is fine, a later quick reply is `already_answered`.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export interface PlanRule {
  id: string;
  monthlyCredits: number;
  creditCap: number;
  isPremium: boolean;
}

export interface CreditRules {
  refundAfterDays: number;
  creditLifetimeDays: number;
  plans: readonly PlanRule[];
}

export type GrantSource = "monthly" | "purchase" | "refund";
export type InmailStatus = "awaiting_answer" | "answered" | "declined" | "refunded";
export type AnswerKind = "text" | "interested" | "not_interested" | "later";

export type SendOutcome = "ok" | "no_credits" | "awaiting_answer";
export type AnswerOutcome = "ok" | "already_answered";
export type SubscriptionOutcome = "ok" | "already_on_plan" | "no_subscription";

export interface ModelGrant {
  source: GrantSource;
  amount: number;
  remaining: number;
  grantedAt: number;
  expiresAt: number;
  /** Index of the subscription that granted it (monthly grants only). */
  subscription: number | null;
}

export interface ModelSubscription {
  planId: string;
  start: number;
  /** Anniversaries already applied (0 = none, 1 = the start, …). */
  settledPeriods: number;
  active: boolean;
}

export interface ModelInmail {
  recipient: number;
  sentAt: number;
  refundDueAt: number;
  answeredAt: number | null;
  status: InmailStatus;
  refunds: number;
}

export interface LedgerTotals {
  /** Sum of monthly-allotment grants. */
  monthly: number;
  purchase: number;
  refund: number;
  /** Number of spends (each −1). */
  spend: number;
  expiry: number;
  forfeit: number;
  /** Sum of `withheld` over cap_withheld entries, and how many such entries. */
  withheld: number;
  withheldEntries: number;
}

/** The n-th monthly anniversary of `start` (n = 0 is the start), in UTC, clamped to month end. */
export function anniversaryOf(start: number, n: number): number {
  const s = new Date(start);
  const monthIndex = s.getUTCMonth() + n;
  const year = s.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(s.getUTCDate(), daysInMonth),
    s.getUTCHours(),
    s.getUTCMinutes(),
    s.getUTCSeconds(),
    s.getUTCMilliseconds(),
  );
}

type Due =
  | { at: number; order: 0; kind: "expiry"; grant: ModelGrant }
  | { at: number; order: 1; kind: "monthly"; subscription: number }
  | { at: number; order: 2; kind: "refund"; inmail: number };

/**
 * Which of several equally soon-expiring grants a spend took. The rules only say "soonest-expiring
 * first"; among grants expiring at the same instant they do not choose, so the caller may say
 * which source the real service took (it must be one of the tied ones).
 */
export type TieBreak = (tied: readonly ModelGrant[]) => GrantSource | undefined;

export class CreditModel {
  now: number;
  readonly grants: ModelGrant[] = [];
  readonly subscriptions: ModelSubscription[] = [];
  readonly inmails: ModelInmail[] = [];
  readonly ledger: LedgerTotals = {
    monthly: 0,
    purchase: 0,
    refund: 0,
    spend: 0,
    expiry: 0,
    forfeit: 0,
    withheld: 0,
    withheldEntries: 0,
  };
  recipients = 0;

  constructor(
    readonly rules: CreditRules,
    start: number,
  ) {
    this.now = start;
  }

  // ---- time ----

  /** Moves time forward and applies everything that fell due on the way, in time order. */
  advanceTo(at: number): void {
    if (at < this.now) throw new Error("the model's clock only moves forward");
    this.now = at;
    this.settle();
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  /** The earliest pending event of a kind strictly after now, or null. */
  nextDue(kind: "anniversary" | "expiry" | "refund"): number | null {
    const times: number[] = [];
    if (kind === "anniversary") {
      const sub = this.activeSubscription();
      if (sub) times.push(anniversaryOf(sub.start, sub.settledPeriods));
    } else if (kind === "expiry") {
      for (const g of this.grants) if (g.remaining > 0) times.push(g.expiresAt);
    } else {
      for (const m of this.inmails) if (m.status === "awaiting_answer") times.push(m.refundDueAt);
    }
    const future = times.filter((t) => t > this.now);
    return future.length ? Math.min(...future) : null;
  }

  private settle(): void {
    for (;;) {
      const due = this.nextEvent();
      if (!due) return;
      this.apply(due);
    }
  }

  private nextEvent(): Due | null {
    const due: Due[] = [];
    for (const grant of this.grants)
      if (grant.remaining > 0 && grant.expiresAt <= this.now)
        due.push({ at: grant.expiresAt, order: 0, kind: "expiry", grant });
    const sub = this.activeSubscription();
    if (sub) {
      const at = anniversaryOf(sub.start, sub.settledPeriods);
      if (at <= this.now)
        due.push({ at, order: 1, kind: "monthly", subscription: this.subscriptions.indexOf(sub) });
    }
    this.inmails.forEach((inmail, index) => {
      if (inmail.status === "awaiting_answer" && inmail.refundDueAt <= this.now)
        due.push({ at: inmail.refundDueAt, order: 2, kind: "refund", inmail: index });
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    return due[0] ?? null;
  }

  private apply(due: Due): void {
    if (due.kind === "expiry") {
      this.ledger.expiry += due.grant.remaining;
      due.grant.remaining = 0;
      return;
    }
    if (due.kind === "monthly") {
      const sub = this.subscriptions[due.subscription];
      if (!sub) throw new Error("unknown subscription");
      sub.settledPeriods++;
      const plan = this.plan(sub.planId);
      const held = this.heldSubscriptionCredits(due.at);
      const granted = Math.max(0, Math.min(plan.monthlyCredits, plan.creditCap - held));
      if (granted > 0) {
        this.grant("monthly", granted, due.at, due.subscription);
        this.ledger.monthly += granted;
      }
      if (granted < plan.monthlyCredits) {
        this.ledger.withheld += plan.monthlyCredits - granted;
        this.ledger.withheldEntries++;
      }
      // The rule itself, checked where it is applied: a grant never lifts the subscription
      // credits above the cap.
      if (granted > 0 && this.heldSubscriptionCredits(due.at) > plan.creditCap)
        throw new Error("model: a monthly grant exceeded the cap");
      return;
    }
    const inmail = this.inmails[due.inmail];
    if (!inmail) throw new Error("unknown inmail");
    inmail.status = "refunded";
    inmail.refunds++;
    this.grant("refund", 1, due.at, null);
    this.ledger.refund += 1;
  }

  private grant(source: GrantSource, amount: number, at: number, subscription: number | null) {
    this.grants.push({
      source,
      amount,
      remaining: amount,
      grantedAt: at,
      expiresAt: at + this.rules.creditLifetimeDays * DAY_MS,
      subscription,
    });
  }

  // ---- reading ----

  /** Spendable credits now: unspent rests of unexpired grants. */
  balance(): number {
    return this.grants.reduce((n, g) => (g.expiresAt > this.now ? n + g.remaining : n), 0);
  }

  /** Unspent, unexpired subscription (monthly) credits at `at`: what the cap is measured on. */
  heldSubscriptionCredits(at = this.now): number {
    return this.grants.reduce(
      (n, g) => (g.source === "monthly" && g.expiresAt > at ? n + g.remaining : n),
      0,
    );
  }

  activeSubscription(): ModelSubscription | null {
    return this.subscriptions.find((s) => s.active) ?? null;
  }

  plan(id: string): PlanRule {
    const plan = this.rules.plans.find((p) => p.id === id);
    if (!plan) throw new Error(`unknown plan ${id}`);
    return plan;
  }

  /** The grants a spend now may take (all expiring at the same, soonest instant). */
  spendCandidates(): ModelGrant[] {
    const open = this.grants.filter((g) => g.remaining > 0 && g.expiresAt > this.now);
    if (!open.length) return [];
    const soonest = Math.min(...open.map((g) => g.expiresAt));
    return open.filter((g) => g.expiresAt === soonest);
  }

  // ---- acting ----

  subscribe(planId: string): SubscriptionOutcome {
    const plan = this.plan(planId);
    if (!plan.isPremium) return this.cancel();
    const current = this.activeSubscription();
    if (current?.planId === planId) return "already_on_plan";
    if (current) current.active = false; // a switch: no forfeit
    this.subscriptions.push({ planId, start: this.now, settledPeriods: 0, active: true });
    this.settle(); // the first month, at once
    return "ok";
  }

  cancel(): SubscriptionOutcome {
    const current = this.activeSubscription();
    if (!current) return "no_subscription";
    current.active = false;
    for (const g of this.grants) {
      if (g.source !== "monthly" || g.remaining === 0) continue;
      this.ledger.forfeit += g.remaining;
      g.remaining = 0;
    }
    return "ok";
  }

  buy(credits: number): void {
    if (!Number.isInteger(credits) || credits < 1 || credits > 10)
      throw new RangeError("a pack has 1–10 credits");
    this.grant("purchase", credits, this.now, null);
    this.ledger.purchase += credits;
  }

  /** A new recipient's index (each send to "new" is a member never written to before). */
  newRecipient(): number {
    return this.recipients++;
  }

  /** Sends to recipient `recipient`; returns the outcome and, when sent, the InMail's index. */
  send(recipient: number, tieBreak?: TieBreak): { outcome: SendOutcome; inmail?: number } {
    if (this.inmails.some((m) => m.recipient === recipient && m.answeredAt === null))
      return { outcome: "awaiting_answer" };
    const tied = this.spendCandidates();
    if (!tied.length) return { outcome: "no_credits" };
    const source = tied.length > 1 ? tieBreak?.(tied) : undefined;
    const from = (source && tied.find((g) => g.source === source)) ?? tied[0];
    if (!from) throw new Error(`tie-break chose ${source}, which was not among the tied grants`);
    if (source && from.source !== source)
      throw new Error(`the service spent a ${source} credit, not one of the soonest-expiring`);
    from.remaining--;
    this.ledger.spend++;
    this.inmails.push({
      recipient,
      sentAt: this.now,
      refundDueAt: this.now + this.rules.refundAfterDays * DAY_MS,
      answeredAt: null,
      status: "awaiting_answer",
      refunds: 0,
    });
    return { outcome: "ok", inmail: this.inmails.length - 1 };
  }

  /** The recipient of InMail `index` answers it. */
  answer(index: number, kind: AnswerKind): AnswerOutcome {
    const inmail = this.inmails[index];
    if (!inmail) throw new Error(`no InMail ${index}`);
    if (inmail.answeredAt !== null) return kind === "text" ? "ok" : "already_answered";
    inmail.answeredAt = this.now;
    // Time-based rules were applied up to now: a refund that fell due stays.
    if (inmail.status !== "refunded")
      inmail.status = kind === "not_interested" ? "declined" : "answered";
    return "ok";
  }

  /** What the ledger must sum to: grants minus spends, expiries and forfeits. */
  ledgerSum(): number {
    const l = this.ledger;
    return l.monthly + l.purchase + l.refund - l.spend - l.expiry - l.forfeit;
  }
}
