import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "@/db/client";
import { getCreditOrderForMember } from "@/db/queries/orders";
import { creditGrants, creditLedgerEntries, creditOrders } from "@/db/schema";
import { upsertPlans } from "@/db/seed/plans";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { createMember, grantCredits, ledgerBalance } from "@/db/testing/factories";
import { addDays, DAY, fixedClock, setClock } from "@/lib/clock";
import { cancelOrder, createCreditOrder, expireOrder, fulfilOrder } from "./orders";

beforeAll(async () => {
  await upsertPlans(testDb());
});

async function pendingOrder(memberId: string, credits: number) {
  const result = await createCreditOrder(testDb(), { memberId, credits });
  if (!result.ok) throw new Error(`order refused: ${result.reason}`);
  return result.order;
}

async function purchaseEntries(memberId: string) {
  return testDb()
    .select({
      delta: creditLedgerEntries.delta,
      orderId: creditLedgerEntries.orderId,
      reason: creditLedgerEntries.reason,
      occurredAt: creditLedgerEntries.occurredAt,
      expiresAt: creditGrants.expiresAt,
      source: creditGrants.source,
    })
    .from(creditLedgerEntries)
    .innerJoin(creditGrants, eq(creditGrants.id, creditLedgerEntries.grantId))
    .where(
      and(
        eq(creditLedgerEntries.memberId, memberId),
        eq(creditLedgerEntries.reason, "credit_pack_purchase"),
      ),
    );
}

async function orderStatus(orderId: string) {
  const [row] = await testDb()
    .select({ status: creditOrders.status })
    .from(creditOrders)
    .where(eq(creditOrders.id, orderId));
  return row?.status;
}

describe("credit orders", () => {
  it("creates a pending local order priced from the price list", async () => {
    const member = await createMember(testDb());
    const order = await pendingOrder(member.id, 5);
    expect(order).toMatchObject({
      memberId: member.id,
      credits: 5,
      amountCents: 5000,
      currency: "usd",
      status: "pending",
      provider: "local",
      paidAt: null,
    });
    expect(await ledgerBalance(testDb(), member.id)).toBe(0);
  });

  it("refuses 0, 11 and fractional packs, and unknown currencies, writing nothing", async () => {
    const db = testDb();
    const member = await createMember(db);
    for (const credits of [0, 11, -1, 2.5, Number.NaN]) {
      expect(await createCreditOrder(db, { memberId: member.id, credits })).toEqual({
        ok: false,
        reason: "credits_out_of_range",
      });
    }
    expect(
      await createCreditOrder(db, { memberId: member.id, credits: 1, currency: "eur" }),
    ).toEqual({ ok: false, reason: "unknown_currency" });
    const [orders] = await db
      .select({ n: count() })
      .from(creditOrders)
      .where(eq(creditOrders.memberId, member.id));
    expect(orders?.n).toBe(0);
  });

  it("fulfilling grants exactly N credits once, in the ledger with its order, expiring in 90 days", async () => {
    const db = testDb();
    const at = new Date("2026-04-10T09:30:00Z");
    setClock(fixedClock(at));
    const member = await createMember(db);
    const order = await pendingOrder(member.id, 7);

    expect(await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id })).toEqual(
      { ok: true, granted: true },
    );
    expect(await ledgerBalance(db, member.id)).toBe(7);
    expect(await purchaseEntries(member.id)).toEqual([
      {
        delta: 7,
        orderId: order.id,
        reason: "credit_pack_purchase",
        occurredAt: at,
        expiresAt: addDays(at, 90),
        source: "purchase",
      },
    ]);
    const paid = await getCreditOrderForMember(db, { orderId: order.id, memberId: member.id });
    expect(paid).toMatchObject({ status: "paid", paidAt: at });

    // A second click, a retry, a reload: nothing more.
    expect(await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id })).toEqual(
      { ok: true, granted: false },
    );
    expect(await ledgerBalance(db, member.id)).toBe(7);
    expect(await purchaseEntries(member.id)).toHaveLength(1);
  });

  it("settles older credits first: an expiry due before the purchase is written before it", async () => {
    const db = testDb();
    const at = new Date("2026-06-01T12:00:00Z");
    setClock(fixedClock(at));
    const member = await createMember(db);
    await grantCredits(db, member.id, 2, { grantedAt: new Date(at.getTime() - 100 * DAY) });
    const order = await pendingOrder(member.id, 3);
    await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id });

    const entries = await db
      .select({ kind: creditLedgerEntries.kind, delta: creditLedgerEntries.delta })
      .from(creditLedgerEntries)
      .where(eq(creditLedgerEntries.memberId, member.id))
      .orderBy(creditLedgerEntries.occurredAt);
    expect(entries).toEqual([
      { kind: "grant", delta: 2 },
      { kind: "expiry", delta: -2 },
      { kind: "grant", delta: 3 },
    ]);
    expect(await ledgerBalance(db, member.id)).toBe(3);
  });

  it("a cancelled or expired order cannot be fulfilled", async () => {
    const db = testDb();
    const member = await createMember(db);
    const cancelled = await pendingOrder(member.id, 2);
    const expired = await pendingOrder(member.id, 3);
    expect(await cancelOrder(db, { orderId: cancelled.id, memberId: member.id })).toEqual({
      ok: true,
    });
    expect(await expireOrder(db, { orderId: expired.id })).toEqual({ ok: true });

    for (const order of [cancelled, expired]) {
      expect(
        await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id }),
      ).toEqual({ ok: false, reason: "closed" });
    }
    expect(await orderStatus(cancelled.id)).toBe("cancelled");
    expect(await orderStatus(expired.id)).toBe("expired");
    expect(await ledgerBalance(db, member.id)).toBe(0);
    // Closing twice is refused, not repeated.
    expect(await cancelOrder(db, { orderId: cancelled.id, memberId: member.id })).toEqual({
      ok: false,
      reason: "not_pending",
    });
  });

  it("a paid order stays paid: expiring or cancelling it afterwards changes nothing", async () => {
    const db = testDb();
    const member = await createMember(db);
    const order = await pendingOrder(member.id, 4);
    await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id });
    expect(await expireOrder(db, { orderId: order.id })).toEqual({
      ok: false,
      reason: "not_pending",
    });
    expect(await cancelOrder(db, { orderId: order.id, memberId: member.id })).toEqual({
      ok: false,
      reason: "not_pending",
    });
    expect(await orderStatus(order.id)).toBe("paid");
    expect(await ledgerBalance(db, member.id)).toBe(4);
  });

  it("a member cannot pay, cancel or even see another member's order", async () => {
    const db = testDb();
    const owner = await createMember(db);
    const other = await createMember(db);
    const order = await pendingOrder(owner.id, 5);

    expect(await fulfilOrder(db, { orderId: order.id, via: "local", memberId: other.id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await cancelOrder(db, { orderId: order.id, memberId: other.id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await getCreditOrderForMember(db, { orderId: order.id, memberId: other.id })).toBeNull();
    expect(await orderStatus(order.id)).toBe("pending");
    expect(await ledgerBalance(db, owner.id)).toBe(0);
    expect(await ledgerBalance(db, other.id)).toBe(0);
  });

  it("malformed or unknown order ids are simply not found", async () => {
    const db = testDb();
    const member = await createMember(db);
    for (const orderId of ["not-a-uuid", "00000000-0000-4000-8000-000000000000", ""]) {
      expect(await fulfilOrder(db, { orderId, via: "local", memberId: member.id })).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(await cancelOrder(db, { orderId, memberId: member.id })).toEqual({
        ok: false,
        reason: "not_found",
      });
      expect(await expireOrder(db, { orderId })).toEqual({ ok: false, reason: "not_found" });
    }
  });

  it("a Stripe order cannot be paid through the local checkout", async () => {
    const db = testDb();
    const member = await createMember(db);
    const [order] = await db
      .insert(creditOrders)
      .values({
        memberId: member.id,
        credits: 3,
        amountCents: 3000,
        currency: "usd",
        provider: "stripe",
        createdAt: new Date(),
      })
      .returning();
    if (!order) throw new Error("insert failed");
    expect(await fulfilOrder(db, { orderId: order.id, via: "local", memberId: member.id })).toEqual(
      { ok: false, reason: "wrong_provider" },
    );
    expect(await cancelOrder(db, { orderId: order.id, memberId: member.id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await orderStatus(order.id)).toBe("pending");
    expect(await ledgerBalance(db, member.id)).toBe(0);
  });

  it("ten concurrent 'Pay' clicks on separate connections grant once", async () => {
    const db = testDb();
    const member = await createMember(db);
    const order = await pendingOrder(member.id, 6);
    const pools = Array.from({ length: 10 }, () => connectPostgres(testDatabaseUrl(), { max: 1 }));
    try {
      const results = await Promise.all(
        pools.map((pool) =>
          fulfilOrder(pool.db, { orderId: order.id, via: "local", memberId: member.id }),
        ),
      );
      expect(results.filter((r) => r.ok && r.granted)).toHaveLength(1);
      expect(results.filter((r) => r.ok && !r.granted)).toHaveLength(9);
    } finally {
      await Promise.all(pools.map((pool) => pool.close()));
    }
    expect(await ledgerBalance(db, member.id)).toBe(6);
    expect(await purchaseEntries(member.id)).toHaveLength(1);
  });

  it("'Pay' racing 'Cancel' ends either paid with credits or cancelled without", async () => {
    const db = testDb();
    for (let round = 0; round < 5; round++) {
      const member = await createMember(db);
      const order = await pendingOrder(member.id, 2);
      const a = connectPostgres(testDatabaseUrl(), { max: 1 });
      const b = connectPostgres(testDatabaseUrl(), { max: 1 });
      try {
        await Promise.all([
          fulfilOrder(a.db, { orderId: order.id, via: "local", memberId: member.id }),
          cancelOrder(b.db, { orderId: order.id, memberId: member.id }),
        ]);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
      const status = await orderStatus(order.id);
      expect(["paid", "cancelled"]).toContain(status);
      expect(await ledgerBalance(db, member.id)).toBe(status === "paid" ? 2 : 0);
    }
  });
});
