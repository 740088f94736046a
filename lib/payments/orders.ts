import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { getCreditOrderForMember, getCreditPackPrice, isOrderId } from "@/db/queries/orders";
import { getInmailPolicy } from "@/db/queries/policy";
import { type CreditOrder, creditOrders } from "@/db/schema";
import { now } from "@/lib/clock";
import { addGrant } from "@/lib/credits/grants";
import { settleMemberCredits } from "@/lib/credits/settle";
import { lockMemberCredits } from "@/lib/credits/spend";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import { fundFromOrder } from "@/lib/sponsored/campaigns";
import { activeProvider } from "./provider";

export type CreateOrderResult =
  | { ok: true; order: CreditOrder }
  | { ok: false; reason: "payments_unavailable" | "unknown_currency" | "credits_out_of_range" };

export { activeProvider, type PaymentProvider } from "./provider";

/**
 * A pending order for a credit pack. The pack size is checked against the price list (data, not
 * code) and the amount is computed here, never taken from the browser.
 */
export async function createCreditOrder(
  db: Executor,
  { memberId, credits, currency }: { memberId: string; credits: number; currency?: string },
): Promise<CreateOrderResult> {
  const provider = activeProvider();
  if (!provider) return { ok: false, reason: "payments_unavailable" };
  const price = await getCreditPackPrice(db, { currency });
  if (!price) return { ok: false, reason: "unknown_currency" };
  if (!Number.isInteger(credits) || credits < price.minCredits || credits > price.maxCredits)
    return { ok: false, reason: "credits_out_of_range" };
  const [order] = await db
    .insert(creditOrders)
    .values({
      memberId,
      credits,
      amountCents: credits * price.priceCentsPerCredit,
      currency: price.currency,
      status: "pending",
      provider,
      createdAt: now(),
    })
    .returning();
  if (!order) throw new Error("credit order insert returned nothing");
  log.info({ memberId, orderId: order.id, credits, provider }, "credit order created");
  return { ok: true, order };
}

/**
 * Who says the order is paid: the member pressing "Pay" on the local test-mode checkout, or a
 * signature-verified Stripe webhook for the order's Checkout Session.
 */
export type PaymentConfirmation =
  | { via: "local"; memberId: string }
  | { via: "stripe"; sessionId: string };

export type FulfilResult =
  | { ok: true; granted: boolean }
  | {
      ok: false;
      reason:
        | "not_found"
        | "closed"
        | "wrong_provider"
        | "session_mismatch"
        | "payments_unavailable";
    };

/** Marks a pending order paid and grants its credits, in one transaction (see fulfilOrderIn). */
export async function fulfilOrder(
  db: Executor,
  input: { orderId: string; at?: Date } & PaymentConfirmation,
): Promise<FulfilResult> {
  return db.transaction((tx) => fulfilOrderIn(tx, input));
}

/**
 * The one fulfilment path (local checkout and Stripe webhook alike). Only the transaction whose
 * conditional UPDATE moves the order from pending to paid grants; a retry, a duplicate webhook or
 * a second tab finds it paid and grants nothing ({granted: false}). The grant's unique key
 * `order:{id}` is the second line of defence.
 */
export async function fulfilOrderIn(
  tx: Transaction,
  input: { orderId: string; at?: Date } & PaymentConfirmation,
): Promise<FulfilResult> {
  const { orderId } = input;
  if (input.via === "local" && !env.localCheckoutEnabled)
    return { ok: false, reason: "payments_unavailable" };
  const order = await readOrder(tx, input);
  if (!order) return { ok: false, reason: "not_found" };
  if (order.provider !== input.via) return { ok: false, reason: "wrong_provider" };

  const at = input.at ?? now();
  const buysCredits = order.purpose === "credits";
  const policy = await getInmailPolicy(tx);
  if (buysCredits) {
    // Same order as every credit change: lock the member, bring expiries/grants/refunds up to
    // `at`, then add the purchase, so the ledger reads in the order things happened.
    await lockMemberCredits(tx, order.memberId);
    await settleMemberCredits(tx, { memberId: order.memberId, at, policy });
  }

  const sessionId = input.via === "stripe" ? input.sessionId : null;
  const [paid] = await tx
    .update(creditOrders)
    .set({
      status: "paid",
      paidAt: at,
      // A session id lost between Stripe's answer and our write is adopted from the webhook.
      ...(sessionId
        ? { providerSessionId: sql`coalesce(${creditOrders.providerSessionId}, ${sessionId})` }
        : {}),
    })
    .where(
      and(
        eq(creditOrders.id, orderId),
        eq(creditOrders.status, "pending"),
        sessionId
          ? or(
              isNull(creditOrders.providerSessionId),
              eq(creditOrders.providerSessionId, sessionId),
            )
          : undefined,
      ),
    )
    .returning();
  if (!paid) {
    const [current] = await tx.select().from(creditOrders).where(eq(creditOrders.id, orderId));
    if (current?.status === "paid") return { ok: true, granted: false };
    if (current?.status === "pending") return { ok: false, reason: "session_mismatch" };
    return { ok: false, reason: "closed" };
  }
  if (!buysCredits) {
    // A sponsored campaign's budget: paid into its ledger once (lib/sponsored/campaigns.ts).
    const funded = await fundFromOrder(tx, paid);
    log.info(
      { orderId, memberId: paid.memberId, amountCents: paid.amountCents, via: input.via, funded },
      "budget order paid",
    );
    return { ok: true, granted: funded };
  }
  const grantId = await addGrant(tx, {
    memberId: paid.memberId,
    source: "purchase",
    amount: paid.credits,
    at,
    lifetimeDays: policy.creditLifetimeDays,
    idempotencyKey: `order:${paid.id}`,
    reason: "credit_pack_purchase",
    orderId: paid.id,
  });
  if (!grantId) {
    log.error({ orderId, memberId: paid.memberId }, "order was pending but already granted");
    return { ok: true, granted: false };
  }
  // Campaigns that stopped for want of credits go on, once this commits.
  await enqueue(
    tx,
    "campaign:resume-after-credits",
    { memberId: paid.memberId },
    { key: `campaign-credits:${paid.memberId}` },
  );
  log.info(
    { orderId, memberId: paid.memberId, credits: paid.credits, via: input.via },
    "credit order paid",
  );
  return { ok: true, granted: true };
}

async function readOrder(
  tx: Transaction,
  input: { orderId: string } & PaymentConfirmation,
): Promise<CreditOrder | null> {
  if (input.via === "local")
    return getCreditOrderForMember(tx, { orderId: input.orderId, memberId: input.memberId });
  if (!isOrderId(input.orderId)) return null;
  const [order] = await tx.select().from(creditOrders).where(eq(creditOrders.id, input.orderId));
  return order ?? null;
}

export type CloseOrderResult = { ok: true } | { ok: false; reason: "not_found" | "not_pending" };

/**
 * The member gives up a local test-mode order. Stripe orders are not cancelled here: their
 * Checkout Session stays payable until Stripe expires it, and its webhook closes the order.
 */
export async function cancelOrder(
  db: Executor,
  { orderId, memberId }: { orderId: string; memberId: string },
): Promise<CloseOrderResult> {
  const order = await getCreditOrderForMember(db, { orderId, memberId });
  if (order?.provider !== "local") return { ok: false, reason: "not_found" };
  const [cancelled] = await db
    .update(creditOrders)
    .set({ status: "cancelled" })
    .where(and(eq(creditOrders.id, order.id), eq(creditOrders.status, "pending")))
    .returning({ id: creditOrders.id });
  if (!cancelled) return { ok: false, reason: "not_pending" };
  log.info({ orderId, memberId }, "credit order cancelled");
  return { ok: true };
}

/**
 * Closes a pending order whose payment will never come (Stripe session expired, async payment
 * failed). A paid order stays paid: an `expired` event arriving after `completed` changes nothing.
 */
export async function expireOrder(
  db: Executor,
  { orderId }: { orderId: string },
): Promise<CloseOrderResult> {
  if (!isOrderId(orderId)) return { ok: false, reason: "not_found" };
  const [expired] = await db
    .update(creditOrders)
    .set({ status: "expired" })
    .where(and(eq(creditOrders.id, orderId), eq(creditOrders.status, "pending")))
    .returning({ id: creditOrders.id });
  if (expired) return { ok: true };
  const [exists] = await db
    .select({ id: creditOrders.id })
    .from(creditOrders)
    .where(eq(creditOrders.id, orderId));
  return { ok: false, reason: exists ? "not_pending" : "not_found" };
}
