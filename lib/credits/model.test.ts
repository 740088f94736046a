import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableCredits } from "@/db/queries/billing";
import { getInmailPolicy } from "@/db/queries/policy";
import { creditGrants, creditLedgerEntries, inmails, members } from "@/db/schema";
import { PLANS, upsertPlans } from "@/db/seed/plans";
import { rowsOf } from "@/db/sql";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { fixedClock, setClock } from "@/lib/clock";
import { sweep } from "@/lib/jobs/sweeper";
import { replyToThread } from "@/lib/messaging/reply";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { createCreditOrder, fulfilOrder } from "@/lib/payments/orders";
import {
  changeCampaign,
  createCampaign,
  launchCampaign,
  processCampaign,
} from "@/lib/recruiting/campaigns";
import { addCandidates, createProject } from "@/lib/recruiting/projects";
import {
  type AnswerKind,
  CreditModel,
  type CreditRules,
  DAY_MS,
  type GrantSource,
  type LedgerTotals,
  MINUTE_MS,
} from "./model";
import { settleMemberNow } from "./settle";
import { cancelSubscription, subscribe } from "./subscriptions";

/**
 * Model-based test (issue 4): random sequences of subscribe / switch / cancel / time jumps / send /
 * answer / buy / campaign / sweep run against the REAL services on this file's database, and after every
 * command the member's balance, the command's outcome and the ledger totals per kind must equal
 * what the in-memory model (model.ts) says. Each run uses fresh members (deleted afterwards), so
 * runs are independent and each may start at its own instant. MODEL_RUNS sets the number of runs.
 */

const RUNS = Number(process.env.MODEL_RUNS ?? 1000);
/** Longest command sequence per run (short by default so that 1,000 runs stay fast). */
const STEPS = Number(process.env.MODEL_STEPS ?? 10);
const RECIPIENTS = 3;

type Jump =
  | { kind: "jump"; ms: number }
  | {
      kind: "jumpTo";
      event: "anniversary" | "expiry" | "refund" | "reminder";
      /** Offset from the event: just before, at, or just after. */
      offset: -1 | 0 | 1;
    };

type Command =
  | { kind: "subscribe"; planId: string }
  | { kind: "cancel" }
  | Jump
  | { kind: "send"; recipient: number }
  | { kind: "answer"; recipient: number; answer: AnswerKind }
  | { kind: "buy"; credits: number }
  /** A recruiting campaign to these recipients: each delivery is a send, in the job's order. */
  | { kind: "campaign"; recipients: number[] }
  | { kind: "sweep" };

const planIds = PLANS.map((p) => p.id);

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc
      .constantFrom(...planIds)
      .map((planId) => ({ kind: "subscribe", planId }) as const),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: "cancel" } as const), weight: 1 },
  {
    arbitrary: fc
      .oneof(
        fc.integer({ min: 1, max: 24 * 60 }).map((m) => m * MINUTE_MS),
        fc.integer({ min: 1, max: 100 }).map((d) => d * DAY_MS),
      )
      .map((ms) => ({ kind: "jump", ms }) as const),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("jumpTo" as const),
      event: fc.constantFrom("anniversary", "expiry", "refund", "reminder" as const),
      offset: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    }),
    weight: 3,
  },
  {
    arbitrary: fc
      .integer({ min: 0, max: RECIPIENTS - 1 })
      .map((recipient) => ({ kind: "send", recipient }) as const),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      recipient: fc.integer({ min: 0, max: RECIPIENTS - 1 }),
      answer: fc.constantFrom<AnswerKind>("text", "interested", "not_interested", "later"),
    }),
    weight: 3,
  },
  {
    arbitrary: fc
      .integer({ min: 1, max: 10 })
      .map((credits) => ({ kind: "buy", credits }) as const),
    weight: 2,
  },
  {
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 0, max: RECIPIENTS - 1 }), {
        minLength: 1,
        maxLength: RECIPIENTS,
      })
      .map((recipients) => ({ kind: "campaign", recipients }) as const),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: "sweep" } as const), weight: 2 },
);

// Starts include month ends (31st, 30th, Feb 29 in a leap year), so anniversaries get clamped.
const startArb = fc.oneof(
  fc.constantFrom(
    Date.UTC(2027, 0, 31, 12, 0),
    Date.UTC(2027, 2, 31, 23, 59),
    Date.UTC(2028, 1, 29, 8, 30),
    Date.UTC(2027, 10, 30, 0, 0),
    Date.UTC(2027, 11, 31, 18, 15),
  ),
  fc
    .integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2029, 0, 1) })
    .map((t) => t - (t % MINUTE_MS)),
);

let rules: CreditRules;
/** Campaigns that were really launched over all runs (the command must not be a no-op). */
let launchedCampaigns = 0;
const recipientPool: string[] = [];
let reminderAfterDays = 3;

beforeAll(async () => {
  const db = testDb();
  await upsertPlans(db);
  const policy = await getInmailPolicy(db);
  reminderAfterDays = policy.reminderAfterDays;
  rules = {
    refundAfterDays: policy.refundAfterDays,
    creditLifetimeDays: policy.creditLifetimeDays,
    plans: PLANS.map((p) => ({
      id: p.id,
      monthlyCredits: p.monthlyCredits,
      creditCap: p.creditCap,
      isPremium: p.isPremium,
    })),
  };
});

afterAll(() => setClock(null));

/** The ledger of one member as the model counts it: per kind (grants per source) totals. */
async function ledgerTotals(memberId: string): Promise<LedgerTotals> {
  const rows = await testDb()
    .select({
      kind: creditLedgerEntries.kind,
      source: creditGrants.source,
      delta: sql<number>`coalesce(sum(${creditLedgerEntries.delta}), 0)::int`,
      withheld: sql<number>`coalesce(sum(${creditLedgerEntries.withheld}), 0)::int`,
      entries: sql<number>`count(*)::int`,
    })
    .from(creditLedgerEntries)
    .leftJoin(creditGrants, eq(creditGrants.id, creditLedgerEntries.grantId))
    .where(eq(creditLedgerEntries.memberId, memberId))
    .groupBy(creditLedgerEntries.kind, creditGrants.source);
  const totals: LedgerTotals = {
    monthly: 0,
    purchase: 0,
    refund: 0,
    spend: 0,
    expiry: 0,
    forfeit: 0,
    withheld: 0,
    withheldEntries: 0,
  };
  for (const row of rows) {
    const delta = Number(row.delta);
    if (row.kind === "grant") {
      if (row.source === "monthly" || row.source === "purchase" || row.source === "refund")
        totals[row.source] += delta;
      else throw new Error(`unexpected grant source ${row.source}`);
    } else if (row.kind === "spend") totals.spend += -delta;
    else if (row.kind === "expiry") totals.expiry += -delta;
    else if (row.kind === "forfeit") totals.forfeit += -delta;
    else if (row.kind === "cap_withheld") {
      totals.withheld += Number(row.withheld);
      totals.withheldEntries += Number(row.entries);
    } else throw new Error(`unexpected ledger kind ${row.kind}`);
  }
  return totals;
}

async function spentSource(inmailId: string): Promise<GrantSource> {
  const [row] = await testDb()
    .select({ source: creditGrants.source })
    .from(creditLedgerEntries)
    .innerJoin(creditGrants, eq(creditGrants.id, creditLedgerEntries.grantId))
    .where(and(eq(creditLedgerEntries.inmailId, inmailId), eq(creditLedgerEntries.kind, "spend")));
  if (!row) throw new Error(`no spend entry for InMail ${inmailId}`);
  return row.source as GrantSource;
}

class Run {
  readonly model: CreditModel;
  readonly clock;
  sender = "";
  recipients: string[] = [];
  /** Model InMail index → the real thread and InMail ids. */
  readonly inmails: { threadId: string; inmailId: string }[] = [];
  /** Each recipient's model index (one per member, never renewed). */
  readonly modelRecipient: number[] = [];
  readonly log: string[] = [];
  /** Whether the service has been brought up to `now` for this member since the last jump. */
  settled = true;

  constructor(start: number) {
    this.model = new CreditModel(rules, start);
    this.clock = fixedClock(new Date(start));
  }

  async setUp() {
    const db = testDb();
    setClock(this.clock);
    this.sender = (await createMember(db, { name: "Model Sender" })).id;
    // The recipients are shared by all runs: each run's sender is new, so no pair has history.
    for (let i = 0; i < RECIPIENTS; i++) {
      recipientPool[i] ??= (await createMember(db)).id;
      this.recipients.push(recipientPool[i] as string);
      this.modelRecipient.push(this.model.newRecipient());
    }
  }

  /** Deleting the sender removes their grants, ledger, orders, InMails and threads (cascade). */
  async tearDown() {
    if (!this.sender) return;
    await testDb().delete(members).where(eq(members.id, this.sender));
  }

  private jumpTarget(command: Jump): number {
    const m = this.model;
    if (command.kind === "jump") return m.now + command.ms;
    let at: number | null;
    if (command.event === "reminder") {
      const due = m.inmails
        .filter((i) => i.answeredAt === null)
        .map((i) => i.sentAt + reminderAfterDays * DAY_MS)
        .filter((t) => t > m.now);
      at = due.length ? Math.min(...due) : null;
    } else at = m.nextDue(command.event);
    if (at === null) return m.now + DAY_MS;
    return Math.max(m.now + 1, at + command.offset * MINUTE_MS);
  }

  async run(command: Command) {
    const db = testDb();
    const m = this.model;
    this.log.push(JSON.stringify(command));
    // A refused action rolls its transaction back, settlement included (it is redone, keyed and
    // dated the same, by the next one); a reader then settles first, as the pages do.
    let refused = false;
    switch (command.kind) {
      case "jump":
      case "jumpTo": {
        const to = this.jumpTarget(command);
        m.advanceTo(to);
        this.clock.set(new Date(to));
        // The service settles lazily: nothing to compare until the next action or sweep.
        this.settled = false;
        return;
      }
      case "subscribe": {
        const real = await subscribe(db, { memberId: this.sender, planId: command.planId });
        const expected = m.subscribe(command.planId);
        expect(real.ok ? "ok" : real.reason, "subscribe outcome").toBe(expected);
        refused = !real.ok;
        break;
      }
      case "cancel": {
        const real = await cancelSubscription(db, { memberId: this.sender });
        expect(real.ok ? "ok" : real.reason, "cancel outcome").toBe(m.cancel());
        refused = !real.ok;
        break;
      }
      case "buy": {
        const order = await createCreditOrder(db, {
          memberId: this.sender,
          credits: command.credits,
        });
        if (!order.ok) throw new Error(`order refused: ${order.reason}`);
        const paid = await fulfilOrder(db, {
          orderId: order.order.id,
          via: "local",
          memberId: this.sender,
        });
        expect(paid).toEqual({ ok: true, granted: true });
        // A second press of "Pay" grants nothing.
        expect(
          await fulfilOrder(db, { orderId: order.order.id, via: "local", memberId: this.sender }),
        ).toEqual({ ok: true, granted: false });
        m.buy(command.credits);
        break;
      }
      case "send": {
        const recipientId = this.recipients[command.recipient] as string;
        const real = await sendInmail(db, {
          senderId: this.sender,
          recipientId,
          idempotencyKey: randomUUID(),
          subject: "A role on our team",
          body: "Hello, a role you may like.",
          category: "career_opportunity",
          contactEmail: "",
          contactPhone: "",
        });
        let source: GrantSource | undefined;
        if (real.ok) source = await spentSource(real.inmailId);
        const expected = m.send(this.modelRecipient[command.recipient] as number, () => source);
        expect(real.ok ? "ok" : real.reason, "send outcome").toBe(expected.outcome);
        refused = !real.ok;
        if (real.ok && expected.inmail !== undefined)
          this.inmails[expected.inmail] = { threadId: real.threadId, inmailId: real.inmailId };
        break;
      }
      case "answer": {
        const modelRecipient = this.modelRecipient[command.recipient] as number;
        const index = m.inmails.findLastIndex((i) => i.recipient === modelRecipient);
        const ids = this.inmails[index];
        if (index < 0 || !ids) {
          this.log.pop();
          return; // nothing to answer yet
        }
        const recipientId = this.recipients[command.recipient] as string;
        const real = await replyToThread(db, {
          memberId: recipientId,
          threadId: ids.threadId,
          idempotencyKey: randomUUID(),
          ...(command.answer === "text"
            ? { kind: "text" as const, body: "Thanks, tell me more." }
            : { kind: command.answer, note: "" }),
        });
        expect(real.ok ? "ok" : real.reason, "answer outcome").toBe(
          m.answer(index, command.answer),
        );
        refused = !real.ok;
        const [row] = await db
          .select({ status: inmails.status })
          .from(inmails)
          .where(eq(inmails.id, ids.inmailId));
        expect(row?.status, "InMail status after the answer").toBe(m.inmails[index]?.status);
        break;
      }
      case "campaign": {
        refused = await this.campaign(command.recipients);
        break;
      }
      case "sweep": {
        await sweep(db);
        // Every InMail unanswered for the reminder period has had its one reminder.
        const due = new Date(m.now - reminderAfterDays * DAY_MS);
        const missing = await db
          .select({ id: inmails.id })
          .from(inmails)
          .where(
            and(
              eq(inmails.senderId, this.sender),
              inArray(inmails.status, ["awaiting_answer", "refunded"]),
              isNull(inmails.answeredAt),
              isNull(inmails.reminderSentAt),
              sql`${inmails.sentAt} <= ${due.toISOString()}::timestamptz`,
            ),
          );
        expect(missing, "unanswered InMails without a reminder after a sweep").toEqual([]);
        break;
      }
    }
    if (refused) await settleMemberNow(db, this.sender);
    this.settled = true;
    await this.compare();
  }

  /**
   * A campaign through the real services — project, draft, launch, the send job's runs — and the
   * model's sends in the order the job delivers (by member id): sent, skipped (awaiting an
   * answer), or, once credits run out, left waiting (then cancelled, so no later job resumes it).
   * Returns whether the member must be settled before comparing (always: see the end).
   */
  private async campaign(recipientIndexes: number[]): Promise<boolean> {
    const db = testDb();
    const m = this.model;
    const plan = PLANS.find((p) => p.id === m.activeSubscription()?.planId);
    const project = await createProject(db, {
      ownerId: this.sender,
      name: `Model ${randomUUID()}`,
    });
    if (!plan?.recruiting) {
      expect(project, "a plan without recruiting").toEqual({ ok: false, reason: "not_allowed" });
      // Nothing ran that settles: the page showing the refusal settles first.
      return true;
    }
    if (!project.ok) throw new Error(`project refused: ${project.reason}`);
    const ids = recipientIndexes.map((i) => this.recipients[i] as string);
    await addCandidates(db, { ownerId: this.sender, projectId: project.projectId, memberIds: ids });
    const created = await createCampaign(db, {
      ownerId: this.sender,
      projectId: project.projectId,
      name: "Model",
      subjectTemplate: "A role on our team, {firstName|there}",
      bodyTemplate: "Hello, a role you may like.",
      category: "career_opportunity",
    });
    if (!created.ok) throw new Error(`campaign refused: ${created.reason}`);
    const campaignId = created.campaignId;
    expect(await launchCampaign(db, { ownerId: this.sender, campaignId }), "launch").toMatchObject({
      ok: true,
    });
    launchedCampaigns++;
    for (let run = 0; run < 100; run++) {
      if ((await processCampaign(db, { campaignId })).state !== "more") break;
    }
    const rows = await rowsOf<{
      member_id: string;
      status: string;
      skip_reason: string | null;
      inmail_id: string | null;
      thread_id: string | null;
    }>(
      db,
      sql`select member_id, status, skip_reason, inmail_id, thread_id from campaign_recipients
          where campaign_id = ${campaignId}`,
    );
    const byMember = new Map(rows.map((r) => [r.member_id, r]));
    const order = recipientIndexes
      .map((index) => ({ index, id: this.recipients[index] as string }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let outOfCredits = false;
    for (const { index, id } of order) {
      const row = byMember.get(id);
      if (outOfCredits) {
        expect(row?.status, "after credits ran out, deliveries wait").toBe("pending");
        continue;
      }
      const real = row?.inmail_id ?? null;
      const source = real ? await spentSource(real) : undefined;
      const expected = m.send(this.modelRecipient[index] as number, () => source);
      if (expected.outcome === "ok") {
        expect(row?.status, "delivery sent").toBe("sent");
        if (expected.inmail !== undefined && row?.inmail_id && row.thread_id) {
          this.inmails[expected.inmail] = { threadId: row.thread_id, inmailId: row.inmail_id };
        }
      } else if (expected.outcome === "awaiting_answer") {
        expect([row?.status, row?.skip_reason], "delivery skipped").toEqual([
          "skipped",
          "awaiting_answer",
        ]);
      } else {
        expect(expected.outcome, "a campaign stops only for credits").toBe("no_credits");
        expect(row?.status, "the delivery that found no credit waits").toBe("pending");
        outOfCredits = true;
      }
    }
    const [state] = await rowsOf<{ status: string }>(
      db,
      sql`select status from campaigns where id = ${campaignId}`,
    );
    expect(state?.status, "campaign status").toBe(outOfCredits ? "needs_credits" : "completed");
    if (outOfCredits)
      await changeCampaign(db, { ownerId: this.sender, campaignId, change: "cancel" });
    // A skipped delivery settles nothing, and the one that found no credit rolled its settlement
    // back: the campaign's page, like every reader, settles first.
    return true;
  }

  async compare() {
    const db = testDb();
    const m = this.model;
    const at = new Date(m.now);
    expect(await availableCredits(db, { memberId: this.sender, at }), "balance").toBe(m.balance());
    expect(await ledgerTotals(this.sender), "ledger totals per kind").toEqual(m.ledger);
    if (!this.inmails.length) return;
    const statuses = await db
      .select({ id: inmails.id, status: inmails.status })
      .from(inmails)
      .where(eq(inmails.senderId, this.sender));
    const byId = new Map(statuses.map((s) => [s.id, s.status]));
    expect(
      this.inmails.map((ids) => byId.get(ids.inmailId)),
      "InMail statuses",
    ).toEqual(m.inmails.map((i) => i.status));
  }
}

describe("credits: the real services follow the model", () => {
  it(`agrees with model.ts on ${RUNS} random command sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(
        startArb,
        fc.array(commandArb, { minLength: 1, maxLength: STEPS }),
        async (start, commands) => {
          const run = new Run(start);
          try {
            await run.setUp();
            for (const command of commands) await run.run(command);
            if (!run.settled) {
              await sweep(testDb());
              run.settled = true;
              await run.compare();
            }
          } finally {
            await run.tearDown();
          }
        },
      ),
      { numRuns: RUNS },
    );
    // With this many runs, campaigns under a plan that has recruiting certainly came up.
    if (RUNS >= 200) expect(launchedCampaigns).toBeGreaterThan(0);
  }, 600_000);
});
