import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { connectPostgres, type Database } from "@/db/client";
import {
  creditGrants,
  creditLedgerEntries,
  inmails,
  messages,
  threadParticipants,
  threads,
} from "@/db/schema";
import { testDatabaseUrl, testDb } from "@/db/testing";
import {
  block,
  connect,
  createMember,
  grantCredits,
  ledgerBalance,
  remainingOnGrants,
} from "@/db/testing/factories";
import { DAY, fixedClock, setClock } from "@/lib/clock";
import type { ComposeInmailInput } from "@/lib/validation/inmail";
import { sendInmail } from "./send-inmail";

function draft(
  recipientId: string,
  overrides: Partial<ComposeInmailInput> = {},
): ComposeInmailInput {
  return {
    recipientId,
    idempotencyKey: randomUUID(),
    subject: "A role on our platform team",
    body: "Hello, I'd like to tell you about a role.",
    category: "career_opportunity",
    contactEmail: "",
    contactPhone: "",
    ...overrides,
  };
}

async function countRows(db: Database) {
  const [t] = await db.select({ n: count() }).from(threads);
  const [m] = await db.select({ n: count() }).from(messages);
  const [i] = await db.select({ n: count() }).from(inmails);
  const [p] = await db.select({ n: count() }).from(threadParticipants);
  const [l] = await db.select({ n: count() }).from(creditLedgerEntries);
  return { threads: t?.n, messages: m?.n, inmails: i?.n, participants: p?.n, ledger: l?.n };
}

async function senderWithCredits(credits = 3) {
  const db = testDb();
  const sender = await createMember(db, { settings: { signature: "Best,\nSophie" } });
  if (credits > 0) await grantCredits(db, sender.id, credits);
  return sender;
}

describe("sendInmail", () => {
  it("spends one credit and writes thread, participants, message, InMail and ledger entry together", async () => {
    const db = testDb();
    const at = new Date("2026-03-01T10:00:00Z");
    setClock(fixedClock(at));
    const sender = await createMember(db, { settings: { signature: "Best,\nSophie" } });
    const later = await grantCredits(db, sender.id, 2, {
      grantedAt: new Date("2026-02-20T00:00:00Z"),
    });
    const sooner = await grantCredits(db, sender.id, 1, {
      grantedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const recipient = await createMember(db);

    const result = await sendInmail(db, {
      ...draft(recipient.id, {
        contactEmail: "sophie@example.com",
        contactPhone: "+49 89 1234567",
      }),
      senderId: sender.id,
    });
    expect(result).toMatchObject({ ok: true, replayed: false });
    if (!result.ok) return;

    // Soonest-expiring credit first.
    const grants = await db.select().from(creditGrants).where(eq(creditGrants.memberId, sender.id));
    expect(grants.find((g) => g.id === sooner.id)?.remaining).toBe(0);
    expect(grants.find((g) => g.id === later.id)?.remaining).toBe(2);
    expect(await ledgerBalance(db, sender.id)).toBe(2);

    const [inmail] = await db.select().from(inmails).where(eq(inmails.id, result.inmailId));
    expect(inmail).toMatchObject({
      threadId: result.threadId,
      senderId: sender.id,
      recipientId: recipient.id,
      status: "awaiting_answer",
      contactEmail: "sophie@example.com",
      contactPhone: "+49 89 1234567",
    });
    expect(inmail?.refundDueAt.toISOString()).toBe(new Date(at.getTime() + 7 * DAY).toISOString());
    const [spend] = await db
      .select()
      .from(creditLedgerEntries)
      .where(eq(creditLedgerEntries.inmailId, result.inmailId));
    expect(spend).toMatchObject({
      kind: "spend",
      delta: -1,
      grantId: sooner.id,
      reason: "inmail_sent",
    });
    const [message] = await db
      .select()
      .from(messages)
      .where(eq(messages.threadId, result.threadId));
    expect(message?.body).toBe("Hello, I'd like to tell you about a role.\n\nBest,\nSophie");
    const participants = await db
      .select()
      .from(threadParticipants)
      .where(eq(threadParticipants.threadId, result.threadId));
    expect(participants.map((p) => p.memberId).sort()).toEqual([sender.id, recipient.id].sort());
    expect(participants.find((p) => p.memberId === recipient.id)?.lastReadAt).toBeNull();
  });

  it("returns the first send for a repeated idempotency key and spends once", async () => {
    const db = testDb();
    const sender = await senderWithCredits(3);
    const recipient = await createMember(db);
    const input = { ...draft(recipient.id), senderId: sender.id };
    const first = await sendInmail(db, input);
    const again = await sendInmail(db, input);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again).toMatchObject({ threadId: first.threadId, replayed: true });
    expect(await ledgerBalance(db, sender.id)).toBe(2);
  });

  describe("refuses, writing nothing and spending nothing, when", () => {
    async function expectRefusal(
      reason: string,
      setup: (ids: { sender: string; recipient: string }) => Promise<void>,
    ) {
      const db = testDb();
      const sender = await senderWithCredits(3);
      const recipient = await createMember(db);
      await setup({ sender: sender.id, recipient: recipient.id });
      const before = await countRows(db);
      const balance = await remainingOnGrants(db, sender.id);
      const result = await sendInmail(db, { ...draft(recipient.id), senderId: sender.id });
      expect(result).toEqual({ ok: false, reason });
      expect(await countRows(db)).toEqual(before);
      expect(await remainingOnGrants(db, sender.id)).toBe(balance);
    }

    it("the recipient refuses InMail", () =>
      expectRefusal("opted_out", async ({ recipient }) => {
        await testDb().execute(
          sql`update communication_settings set accepts_inmail = false where member_id = ${recipient}`,
        );
      }));
    it("the recipient is a 1st-degree connection", () =>
      expectRefusal("connected", ({ sender, recipient }) => connect(testDb(), sender, recipient)));
    it("the recipient blocked the sender", () =>
      expectRefusal("blocked", ({ sender, recipient }) => block(testDb(), recipient, sender)));
    it("the sender blocked the recipient", () =>
      expectRefusal("blocked", ({ sender, recipient }) => block(testDb(), sender, recipient)));
    it("an earlier InMail to the same member is unanswered", () =>
      expectRefusal("awaiting_answer", async ({ sender, recipient }) => {
        const first = await sendInmail(testDb(), { ...draft(recipient), senderId: sender });
        expect(first.ok).toBe(true);
      }));

    it("the sender has no credits", async () => {
      const db = testDb();
      const sender = await senderWithCredits(0);
      const recipient = await createMember(db);
      expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toEqual({
        ok: false,
        reason: "no_credits",
      });
    });

    it("the sender's only credits have expired", async () => {
      const db = testDb();
      const sender = await senderWithCredits(0);
      await grantCredits(db, sender.id, 5, { grantedAt: new Date("2026-01-01T00:00:00Z") });
      setClock(fixedClock("2026-04-02T00:00:00Z")); // 91 days later
      const recipient = await createMember(db);
      expect(await sendInmail(db, { ...draft(recipient.id), senderId: sender.id })).toEqual({
        ok: false,
        reason: "no_credits",
      });
    });

    it("sending to yourself", async () => {
      const sender = await senderWithCredits(3);
      expect(await sendInmail(testDb(), { ...draft(sender.id), senderId: sender.id })).toEqual({
        ok: false,
        reason: "self",
      });
    });

    it("the recipient does not exist", async () => {
      const sender = await senderWithCredits(3);
      expect(await sendInmail(testDb(), { ...draft(randomUUID()), senderId: sender.id })).toEqual({
        ok: false,
        reason: "recipient_not_found",
      });
    });
  });

  it("leaves nothing behind when a write inside the transaction fails", async () => {
    const db = testDb();
    const sender = await senderWithCredits(3);
    const recipient = await createMember(db);
    const before = await countRows(db);
    // The last insert of the transaction fails: everything before it must roll back.
    await db.execute(sql`create function inmail_test_fail() returns trigger language plpgsql as $$
      begin raise exception 'simulated failure'; end $$`);
    await db.execute(
      sql`create trigger inmail_test_fail before insert on inmails for each row execute function inmail_test_fail()`,
    );
    try {
      await expect(
        sendInmail(db, { ...draft(recipient.id), senderId: sender.id }),
      ).rejects.toThrow();
    } finally {
      await db.execute(sql`drop trigger inmail_test_fail on inmails`);
      await db.execute(sql`drop function inmail_test_fail()`);
    }
    expect(await countRows(db)).toEqual(before);
    expect(await remainingOnGrants(db, sender.id)).toBe(3);
    expect(await ledgerBalance(db, sender.id)).toBe(3);
  });

  it("50 concurrent sends with 3 credits make exactly 3 InMails and a balance of 0", async () => {
    const db = testDb();
    const sender = await senderWithCredits(3);
    const recipients = await Promise.all(Array.from({ length: 50 }, () => createMember(db)));
    const pool = connectPostgres(testDatabaseUrl(), { max: 20 });
    try {
      const results = await Promise.all(
        recipients.map((r) => sendInmail(pool.db, { ...draft(r.id), senderId: sender.id })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.reason))).toEqual(
        Array(47).fill("no_credits"),
      );
    } finally {
      await pool.close();
    }
    const [sent] = await db
      .select({ n: count() })
      .from(inmails)
      .where(eq(inmails.senderId, sender.id));
    expect(sent?.n).toBe(3);
    expect(await ledgerBalance(db, sender.id)).toBe(0);
    expect(await remainingOnGrants(db, sender.id)).toBe(0);
  });

  it("a double click in two tabs (same key, concurrently) sends once", async () => {
    const db = testDb();
    const sender = await senderWithCredits(3);
    const recipient = await createMember(db);
    const input = { ...draft(recipient.id), senderId: sender.id };
    const pool = connectPostgres(testDatabaseUrl(), { max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => sendInmail(pool.db, input)),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(new Set(results.map((r) => (r.ok ? r.threadId : "")))).toHaveProperty("size", 1);
    } finally {
      await pool.close();
    }
    expect(await ledgerBalance(db, sender.id)).toBe(2);
  });

  it("two concurrent sends to the same member: one goes out, the other waits for an answer", async () => {
    const db = testDb();
    const sender = await senderWithCredits(3);
    const recipient = await createMember(db);
    const pool = connectPostgres(testDatabaseUrl(), { max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          sendInmail(pool.db, { ...draft(recipient.id), senderId: sender.id }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.reason === "awaiting_answer")).toHaveLength(5);
    } finally {
      await pool.close();
    }
    expect(await ledgerBalance(db, sender.id)).toBe(2);
  });
});
