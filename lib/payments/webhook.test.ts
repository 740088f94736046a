import { randomBytes } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { connectPostgres } from "@/db/client";
import { adLedger, creditLedgerEntries, creditOrders, stripeEvents } from "@/db/schema";
import { upsertPlans } from "@/db/seed/plans";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { createMember, ledgerBalance, sponsoredInput } from "@/db/testing/factories";
import { env } from "@/lib/env";
import {
  createBudgetOrder,
  createSponsoredCampaign,
  getSponsoredCampaign,
} from "@/lib/sponsored/campaigns";
import { createCreditOrder, fulfilOrder } from "./orders";
import { STRIPE_API_VERSION } from "./stripe";
import { handleStripeWebhook } from "./webhook";

// lib/env reads the Stripe secrets once, at import: set them before any module loads it.
const secrets = vi.hoisted(() => {
  const values = {
    STRIPE_SECRET_KEY: "sk_test_inmailWebhookTestsOnly000000000000",
    STRIPE_WEBHOOK_SECRET: "whsec_inmailWebhookTestsOnly00000000000000",
  };
  Object.assign(process.env, values);
  return values;
});

const SECRET = secrets.STRIPE_WEBHOOK_SECRET;

it("runs with Stripe configured (the secrets were set before lib/env loaded)", () => {
  expect(env.stripeEnabled).toBe(true);
  expect(env.localCheckoutEnabled).toBe(false);
});

beforeAll(async () => {
  await upsertPlans(testDb());
});

type Order = typeof creditOrders.$inferSelect;

/** A pending Stripe order with its Checkout Session id, as startStripeCheckout leaves it. */
async function stripeOrder(credits = 3): Promise<Order> {
  const member = await createMember(testDb());
  const created = await createCreditOrder(testDb(), { memberId: member.id, credits });
  if (!created.ok) throw new Error(created.reason);
  expect(created.order.provider).toBe("stripe");
  const [order] = await testDb()
    .update(creditOrders)
    .set({ providerSessionId: `cs_test_${randomBytes(12).toString("hex")}` })
    .where(eq(creditOrders.id, created.order.id))
    .returning();
  if (!order) throw new Error("order vanished");
  return order;
}

type SessionEventType =
  | "checkout.session.completed"
  | "checkout.session.async_payment_succeeded"
  | "checkout.session.async_payment_failed"
  | "checkout.session.expired";

/** The JSON Stripe would send for a Checkout Session event (only the fields we read matter). */
function sessionEvent(
  type: SessionEventType,
  order: Order,
  overrides: { paymentStatus?: string; sessionId?: string; metadata?: Record<string, string> } = {},
) {
  const paid =
    type === "checkout.session.completed" || type === "checkout.session.async_payment_succeeded";
  return JSON.stringify({
    id: `evt_${randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: STRIPE_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: overrides.sessionId ?? order.providerSessionId,
        object: "checkout.session",
        mode: "payment",
        status: type === "checkout.session.expired" ? "expired" : "complete",
        payment_status: overrides.paymentStatus ?? (paid ? "paid" : "unpaid"),
        client_reference_id: order.id,
        metadata: overrides.metadata ?? { orderId: order.id, memberId: order.memberId },
        amount_subtotal: order.amountCents,
        amount_total: order.amountCents,
        currency: order.currency,
      },
    },
  });
}

function signed(
  payload: string,
  { secret = SECRET, timestamp = Math.floor(Date.now() / 1000) } = {},
) {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

function deliver(payload: string, signature: string | null = signed(payload)) {
  const headers = new Headers({ "content-type": "application/json" });
  if (signature !== null) headers.set("stripe-signature", signature);
  return POST(
    new Request("http://localhost:3000/api/webhooks/stripe", {
      method: "POST",
      headers,
      body: payload,
    }),
  );
}

async function purchases(memberId: string) {
  return testDb()
    .select({ delta: creditLedgerEntries.delta, orderId: creditLedgerEntries.orderId })
    .from(creditLedgerEntries)
    .where(eq(creditLedgerEntries.memberId, memberId));
}

async function statusOf(orderId: string) {
  const [row] = await testDb()
    .select({ status: creditOrders.status })
    .from(creditOrders)
    .where(eq(creditOrders.id, orderId));
  return row?.status;
}

async function eventsRecorded(): Promise<number> {
  const [row] = await testDb().select({ n: count() }).from(stripeEvents);
  return Number(row?.n ?? 0);
}

describe("Stripe webhook", () => {
  it("a signed checkout.session.completed (paid) grants the order's credits once", async () => {
    const order = await stripeOrder(3);
    const response = await deliver(sessionEvent("checkout.session.completed", order));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(await statusOf(order.id)).toBe("paid");
    expect(await purchases(order.memberId)).toEqual([{ delta: 3, orderId: order.id }]);
  });

  it("refuses a signature made with another secret, and grants nothing", async () => {
    const order = await stripeOrder();
    const payload = sessionEvent("checkout.session.completed", order);
    const before = await eventsRecorded();
    const response = await deliver(payload, signed(payload, { secret: "whsec_someoneElse000000" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ received: false, error: "invalid_signature" });
    expect(await statusOf(order.id)).toBe("pending");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
    expect(await eventsRecorded()).toBe(before);
  });

  it("refuses a stale signature (10 minutes old, tolerance is 5)", async () => {
    const order = await stripeOrder();
    const payload = sessionEvent("checkout.session.completed", order);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const response = await deliver(payload, signed(payload, { timestamp: tenMinutesAgo }));
    expect(response.status).toBe(400);
    expect(await statusOf(order.id)).toBe("pending");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
  });

  it("refuses a missing signature and a body changed after signing", async () => {
    const order = await stripeOrder(2);
    const payload = sessionEvent("checkout.session.completed", order);
    expect((await deliver(payload, null)).status).toBe(400);
    const tampered = payload.replace('"amount_subtotal":2000', '"amount_subtotal":1');
    expect(tampered).not.toBe(payload);
    expect((await deliver(tampered, signed(payload))).status).toBe(400);
    expect(await statusOf(order.id)).toBe("pending");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
  });

  it("the same event delivered again is acknowledged and changes nothing", async () => {
    const order = await stripeOrder(4);
    const payload = sessionEvent("checkout.session.completed", order);
    expect((await deliver(payload)).status).toBe(200);
    const again = await deliver(payload); // re-signed later, as Stripe does on a retry
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(await purchases(order.memberId)).toEqual([{ delta: 4, orderId: order.id }]);
  });

  it("completed and async_payment_succeeded for one session grant once", async () => {
    const order = await stripeOrder(5);
    expect((await deliver(sessionEvent("checkout.session.completed", order))).status).toBe(200);
    expect(
      (await deliver(sessionEvent("checkout.session.async_payment_succeeded", order))).status,
    ).toBe(200);
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(5);
  });

  it("a delayed payment: completed (unpaid) grants nothing, async_payment_succeeded grants", async () => {
    const order = await stripeOrder(2);
    const completed = sessionEvent("checkout.session.completed", order, {
      paymentStatus: "unpaid",
    });
    expect((await deliver(completed)).status).toBe(200);
    expect(await statusOf(order.id)).toBe("pending");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
    await deliver(sessionEvent("checkout.session.async_payment_succeeded", order));
    expect(await statusOf(order.id)).toBe("paid");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(2);
  });

  it("async_payment_failed closes the pending order without credits", async () => {
    const order = await stripeOrder(2);
    await deliver(sessionEvent("checkout.session.completed", order, { paymentStatus: "unpaid" }));
    expect(
      (await deliver(sessionEvent("checkout.session.async_payment_failed", order))).status,
    ).toBe(200);
    expect(await statusOf(order.id)).toBe("expired");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
  });

  it("expired arriving after completed leaves the order paid and the credits in place", async () => {
    const order = await stripeOrder(3);
    await deliver(sessionEvent("checkout.session.completed", order));
    expect((await deliver(sessionEvent("checkout.session.expired", order))).status).toBe(200);
    expect(await statusOf(order.id)).toBe("paid");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(3);
  });

  it("completed arriving after expired grants nothing (Stripe never completes an expired session)", async () => {
    const order = await stripeOrder(3);
    await deliver(sessionEvent("checkout.session.expired", order));
    expect(await statusOf(order.id)).toBe("expired");
    expect((await deliver(sessionEvent("checkout.session.completed", order))).status).toBe(200);
    expect(await statusOf(order.id)).toBe("expired");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
  });

  it("a paid session that is not the order's (other session, member or amount) grants nothing", async () => {
    const order = await stripeOrder(3);
    const other = await createMember(testDb());
    const wrong = [
      sessionEvent("checkout.session.completed", order, { sessionId: "cs_test_someOtherSession" }),
      sessionEvent("checkout.session.completed", order, {
        metadata: { orderId: order.id, memberId: other.id },
      }),
      sessionEvent("checkout.session.completed", order).replace(
        '"amount_subtotal":3000',
        '"amount_subtotal":1000',
      ),
    ];
    for (const payload of wrong) expect((await deliver(payload)).status).toBe(200);
    expect(await statusOf(order.id)).toBe("pending");
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(0);
    expect(await ledgerBalance(testDb(), other.id)).toBe(0);
  });

  it("acknowledges events it does not handle without recording them", async () => {
    const payload = JSON.stringify({
      id: `evt_${randomBytes(8).toString("hex")}`,
      object: "event",
      type: "customer.created",
      data: { object: { id: "cus_test", object: "customer" } },
    });
    const before = await eventsRecorded();
    const response = await deliver(payload);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, ignored: true });
    expect(await eventsRecorded()).toBe(before);
  });

  it("with Stripe configured, the local checkout cannot mark an order paid", async () => {
    const order = await stripeOrder(2);
    expect(
      await fulfilOrder(testDb(), { orderId: order.id, via: "local", memberId: order.memberId }),
    ).toEqual({ ok: false, reason: "payments_unavailable" });
    expect(await statusOf(order.id)).toBe("pending");
  });

  it("the same event delivered 3 times concurrently, on separate connections, grants once", async () => {
    for (let round = 0; round < 5; round++) {
      const order = await stripeOrder(4);
      const payload = sessionEvent("checkout.session.completed", order);
      const pools = Array.from({ length: 3 }, () => connectPostgres(testDatabaseUrl(), { max: 1 }));
      try {
        const outcomes = await Promise.all(
          pools.map((pool) =>
            handleStripeWebhook(pool.db, { payload, signature: signed(payload), secret: SECRET }),
          ),
        );
        expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200]);
        expect(outcomes.filter((o) => o.body.duplicate)).toHaveLength(2);
      } finally {
        await Promise.all(pools.map((pool) => pool.close()));
      }
      expect(await purchases(order.memberId)).toEqual([{ delta: 4, orderId: order.id }]);
    }
  });

  it("completed and async_payment_succeeded arriving at the same moment grant once", async () => {
    const order = await stripeOrder(3);
    const payloads = [
      sessionEvent("checkout.session.completed", order),
      sessionEvent("checkout.session.async_payment_succeeded", order),
      sessionEvent("checkout.session.expired", order),
    ];
    const pools = payloads.map(() => connectPostgres(testDatabaseUrl(), { max: 1 }));
    try {
      await Promise.all(
        payloads.map((payload, i) =>
          handleStripeWebhook(pools[i]?.db ?? testDb(), {
            payload,
            signature: signed(payload),
            secret: SECRET,
          }),
        ),
      );
    } finally {
      await Promise.all(pools.map((pool) => pool.close()));
    }
    // Whichever came first: either paid with 3 credits, or expired with none — never both.
    const status = await statusOf(order.id);
    expect(["paid", "expired"]).toContain(status);
    expect(await ledgerBalance(testDb(), order.memberId)).toBe(status === "paid" ? 3 : 0);
  });
});

describe("a sponsored campaign's budget paid through Stripe", () => {
  it("is added to the campaign once, whatever events and retries come, and launches it", async () => {
    await testDb().execute(sql`update sponsored_policy set min_audience_size = 1`);
    const advertiser = await createMember(testDb());
    const audience = await createMember(testDb());
    const company = `Webhook Firm ${randomBytes(3).toString("hex")}`;
    await testDb().execute(sql`update members set company = ${company} where id = ${audience.id}`);
    const created = await createSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      input: sponsoredInput({ name: "Paid by card", companies: [company.toLowerCase()] }),
    });
    if (!created.ok) throw new Error(created.reason);
    const ordered = await createBudgetOrder(testDb(), {
      advertiserId: advertiser.id,
      campaignId: created.campaignId,
      amountCents: 2_500,
    });
    if (!ordered.ok) throw new Error(ordered.reason);
    expect(ordered.order).toMatchObject({ provider: "stripe", purpose: "sponsored_budget" });
    const [order] = await testDb()
      .update(creditOrders)
      .set({ providerSessionId: `cs_test_${randomBytes(12).toString("hex")}` })
      .where(eq(creditOrders.id, ordered.order.id))
      .returning();
    if (!order) throw new Error("order vanished");

    const completed = sessionEvent("checkout.session.completed", order);
    const responses = await Promise.all([
      deliver(completed),
      deliver(completed),
      deliver(sessionEvent("checkout.session.async_payment_succeeded", order)),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await statusOf(order.id)).toBe("paid");
    const campaign = await getSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      campaignId: created.campaignId,
    });
    expect(campaign).toMatchObject({ status: "active", budgetCents: 2_500, audienceSize: 1 });
    const payments = await testDb()
      .select({ amount: adLedger.amountCents })
      .from(adLedger)
      .where(eq(adLedger.campaignId, created.campaignId));
    expect(payments).toEqual([{ amount: 2_500 }]);
    // A budget buys no credits.
    expect(await ledgerBalance(testDb(), advertiser.id)).toBe(0);
  });
});
