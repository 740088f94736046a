import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { availableCredits } from "@/db/queries/billing";
import { getInmailPolicy } from "@/db/queries/policy";
import { creditGrants, creditLedgerEntries, inmails } from "@/db/schema";
import { PLANS, upsertPlans } from "@/db/seed/plans";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { runJobs } from "@/db/testing/jobs";
import { DAY, fixedClock, HOUR, setClock } from "@/lib/clock";
import { CreditModel, type CreditRules, type LedgerTotals } from "@/lib/credits/model";
import { subscribe } from "@/lib/credits/subscriptions";
import { listCapturedMail } from "@/lib/mail";
import { replyToThread } from "@/lib/messaging/reply";
import { sendInmail } from "@/lib/messaging/send-inmail";
import { createCreditOrder, fulfilOrder } from "@/lib/payments/orders";
import { sweep } from "./sweeper";

let rules: CreditRules;

beforeAll(async () => {
  const db = testDb();
  await upsertPlans(db);
  const policy = await getInmailPolicy(db);
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
  const t: LedgerTotals = {
    monthly: 0,
    purchase: 0,
    refund: 0,
    spend: 0,
    expiry: 0,
    forfeit: 0,
    withheld: 0,
    withheldEntries: 0,
  };
  for (const r of rows) {
    const delta = Number(r.delta);
    if (r.kind === "grant" && (r.source === "monthly" || r.source === "purchase"))
      t[r.source] += delta;
    else if (r.kind === "grant" && r.source === "refund") t.refund += delta;
    else if (r.kind === "spend") t.spend -= delta;
    else if (r.kind === "expiry") t.expiry -= delta;
    else if (r.kind === "forfeit") t.forfeit -= delta;
    else if (r.kind === "cap_withheld") {
      t.withheld += Number(r.withheld);
      t.withheldEntries += Number(r.entries);
    } else throw new Error(`unexpected ledger entry ${r.kind}/${r.source}`);
  }
  return t;
}

async function ledgerRows(memberIds: string[]): Promise<number> {
  const [row] = await testDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(creditLedgerEntries)
    .where(inArray(creditLedgerEntries.memberId, memberIds));
  return Number(row?.n ?? 0);
}

/**
 * Members with work for the sweeper once time moves on from `start`: a Premium member (monthly
 * grants, soon over the cap and expiring), InMails left unanswered (3-day reminder, 7-day refund),
 * one answered at once (neither), and a Basic buyer whose purchase expires. Each sender has a
 * model that says what their ledger must read later.
 */
async function scenario(start: Date, senders = 3) {
  const db = testDb();
  const clock = fixedClock(start);
  setClock(clock);
  const people: { id: string; model: CreditModel }[] = [];
  const recipients: { id: string; email: string }[] = [];
  for (let i = 0; i < senders; i++) {
    const sender = await createMember(db);
    const model = new CreditModel(rules, start.getTime());
    people.push({ id: sender.id, model });
    const plan = i === senders - 1 ? null : (PLANS[1 + (i % 4)]?.id ?? "premium_career");
    if (plan) {
      expect(await subscribe(db, { memberId: sender.id, planId: plan })).toMatchObject({
        ok: true,
      });
      model.subscribe(plan);
    } else {
      const order = await createCreditOrder(db, { memberId: sender.id, credits: 4 });
      if (!order.ok) throw new Error(order.reason);
      await fulfilOrder(db, { orderId: order.order.id, via: "local", memberId: sender.id });
      model.buy(4);
    }
    for (let r = 0; r < 3; r++) {
      const recipient = await createMember(db);
      recipients.push({ id: recipient.id, email: recipient.email });
      const sent = await sendInmail(db, {
        senderId: sender.id,
        recipientId: recipient.id,
        idempotencyKey: randomUUID(),
        subject: "Hello",
        body: "A role you may like.",
        category: "career_opportunity",
        contactEmail: "",
        contactPhone: "",
      });
      if (!sent.ok) throw new Error(sent.reason);
      const index = model.send(model.newRecipient()).inmail as number;
      if (r === 0) {
        // Answered within the hour: no reminder, no refund.
        clock.advance(HOUR);
        model.advanceBy(HOUR);
        const answered = await replyToThread(db, {
          memberId: recipient.id,
          threadId: sent.threadId,
          idempotencyKey: randomUUID(),
          kind: "interested",
          note: "",
        });
        expect(answered.ok).toBe(true);
        model.answer(index, "interested");
      }
    }
  }
  return { people, recipients, clock };
}

async function reminderMails(recipients: { email: string }[], dir?: string): Promise<number> {
  const emails = new Set(recipients.map((r) => r.email));
  if (dir) {
    const { readFile } = await import("node:fs/promises");
    let files: string[] = [];
    try {
      files = await readdir(dir);
    } catch {
      return 0;
    }
    let n = 0;
    for (const file of files) {
      const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as { to: string };
      if (emails.has(mail.to) && /remind/i.test(JSON.stringify(mail))) n++;
    }
    return n;
  }
  // What the server's worker does right after a sweep: run the mail jobs it added.
  await runJobs();
  const mails = await listCapturedMail();
  return mails.filter((m) => emails.has(m.to) && /remind/i.test(JSON.stringify(m))).length;
}

async function remindedInmails(senderIds: string[]): Promise<number> {
  const [row] = await testDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(inmails)
    .where(and(inArray(inmails.senderId, senderIds), isNotNull(inmails.reminderSentAt)));
  return Number(row?.n ?? 0);
}

async function expectMatchesModel(people: { id: string; model: CreditModel }[], at: Date) {
  for (const { id, model } of people) {
    model.advanceTo(at.getTime());
    expect(await ledgerTotals(id)).toEqual(model.ledger);
    expect(await availableCredits(testDb(), { memberId: id, at })).toBe(model.balance());
  }
}

describe("sweeper", () => {
  it("applies refunds, expiries, grants and reminders once when run twice", async () => {
    const start = new Date("2027-01-31T10:00:00Z");
    const { people, recipients, clock } = await scenario(start);
    const ids = people.map((p) => p.id);
    const mailsBefore = await reminderMails(recipients);
    expect(mailsBefore).toBe(0);
    const rowsBefore = await ledgerRows(ids);

    // 4 days on: only the reminders (two unanswered InMails per sender).
    clock.set(new Date(start.getTime() + 4 * DAY));
    const first = await sweep(testDb());
    expect(first.remindersSent).toBe(2 * people.length);
    expect(await sweep(testDb())).toMatchObject({ remindersSent: 0, eventsApplied: 0 });
    expect(await ledgerRows(ids)).toBe(rowsBefore);
    expect(await reminderMails(recipients)).toBe(2 * people.length);

    // 100 days on: refunds (day 7), grants (Feb 28, Mar 31, Apr 30), expiries (day 90).
    const later = new Date(start.getTime() + 100 * DAY);
    clock.set(later);
    const second = await sweep(testDb());
    expect(second.eventsApplied).toBeGreaterThan(0);
    expect(second.remindersSent).toBe(0);
    const rowsAfter = await ledgerRows(ids);
    expect(await sweep(testDb())).toMatchObject({ eventsApplied: 0, remindersSent: 0 });
    expect(await ledgerRows(ids)).toBe(rowsAfter);
    await expectMatchesModel(people, later);
    expect(await reminderMails(recipients)).toBe(2 * people.length);
    expect(await remindedInmails(ids)).toBe(2 * people.length);
  });

  it("still reminds an unanswered InMail that was refunded before any sweep ran", async () => {
    const start = new Date("2027-06-01T09:00:00Z");
    const { people, recipients, clock } = await scenario(start, 2);
    const ids = people.map((p) => p.id);
    // No sweep between day 3 and day 7: the first sweep refunds, then reminds.
    const later = new Date(start.getTime() + 8 * DAY);
    clock.set(later);
    await sweep(testDb());
    await sweep(testDb());
    expect(await remindedInmails(ids)).toBe(2 * people.length);
    expect(await reminderMails(recipients)).toBe(2 * people.length);
    await expectMatchesModel(people, later);
  });

  it("finds a due monthly grant by UTC months whatever the session's time zone", async () => {
    const db = testDb();
    // Feb 28 23:30 UTC is Mar 1 in Berlin: the next anniversary is Mar 28 23:30 UTC, not Apr 1.
    const start = new Date("2027-02-28T23:30:00Z");
    const clock = fixedClock(start);
    setClock(clock);
    const member = await createMember(db);
    await subscribe(db, { memberId: member.id, planId: "premium_career" });
    clock.set(new Date("2027-03-28T23:31:00Z"));
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone to 'Europe/Berlin'`);
      await sweep(tx);
    });
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(creditGrants)
      .where(and(eq(creditGrants.memberId, member.id), eq(creditGrants.source, "monthly")));
    expect(Number(row?.n)).toBe(2);
  });

  it("run in two OS processes at once, applies each refund, grant, expiry and reminder once", async () => {
    // The child processes read the system clock: the scenario happened 100.5 days ago.
    const start = new Date(Date.now() - 100 * DAY - 12 * HOUR);
    const { people, recipients } = await scenario(start, 6);
    const ids = people.map((p) => p.id);
    setClock(null);
    const dataDir = await mkdtemp(path.join(tmpdir(), "inmail-sweep-"));
    try {
      const runOne = () =>
        new Promise<{ code: number | null; out: string }>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "lib/jobs/cli.ts"],
            {
              cwd: process.cwd(),
              env: {
                ...process.env,
                DATABASE_URL: testDatabaseUrl(),
                DATA_DIR: dataDir,
                APP_ENV: "test",
                NODE_ENV: "test",
                DEMO_DATA: "off",
                SMTP_URL: "",
                LOG_LEVEL: "silent",
              },
              stdio: ["ignore", "pipe", "pipe"],
            },
          );
          let out = "";
          child.stdout.on("data", (d) => {
            out += d;
          });
          child.stderr.on("data", (d) => {
            out += d;
          });
          child.on("error", reject);
          child.on("exit", (code) => resolve({ code, out }));
        });
      const results = await Promise.all([runOne(), runOne()]);
      for (const r of results) expect(r.code, r.out).toBe(0);
      const reports = results.map(
        (r) =>
          JSON.parse(r.out.trim().split("\n").at(-1) ?? "{}") as {
            eventsApplied: number;
            remindersSent: number;
          },
      );
      // Between them, the two sweeps sent each reminder once.
      expect(reports.reduce((n, r) => n + r.remindersSent, 0)).toBe(2 * people.length);
      expect(await reminderMails(recipients, path.join(dataDir, "mail"))).toBe(2 * people.length);
      expect(await remindedInmails(ids)).toBe(2 * people.length);
      // Each refund, grant and expiry once: the ledger reads exactly as the model says.
      await expectMatchesModel(people, new Date());
      const refunds = await testDb()
        .select({ n: sql<number>`count(*)::int` })
        .from(inmails)
        .where(and(inArray(inmails.senderId, ids), eq(inmails.status, "refunded")));
      expect(Number(refunds[0]?.n)).toBe(2 * people.length);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
