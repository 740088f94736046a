import { eq } from "drizzle-orm";
import Stripe from "stripe";
import type { Executor, Transaction } from "@/db/client";
import { isOrderId } from "@/db/queries/orders";
import { creditOrders, stripeEvents } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";
import { expireOrder, fulfilOrderIn } from "./orders";

export interface WebhookOutcome {
  status: number;
  body: { received: boolean; error?: string; duplicate?: boolean; ignored?: boolean };
}

const HANDLED = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.expired",
  "checkout.session.async_payment_failed",
]);

/**
 * Verifies and applies one Stripe webhook delivery. The signature is checked on the raw body
 * with Stripe's default 300 s tolerance: a forged, stale or missing signature is refused (400)
 * and changes nothing. The event id is recorded in `stripe_events` in the SAME transaction as
 * its effect: a replay finds it and does nothing, and a crash half-way leaves neither, so
 * Stripe's retry applies it. Unexpected errors are thrown (the route answers 500, Stripe retries).
 */
export async function handleStripeWebhook(
  db: Executor,
  { payload, signature, secret }: { payload: string; signature: string | null; secret: string },
): Promise<WebhookOutcome> {
  if (!signature) {
    log.warn("stripe webhook without a signature refused");
    return { status: 400, body: { received: false, error: "missing_signature" } };
  }
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, secret);
  } catch (error) {
    log.warn({ reason: (error as Error).message }, "stripe webhook signature refused");
    return { status: 400, body: { received: false, error: "invalid_signature" } };
  }
  if (!HANDLED.has(event.type)) return { status: 200, body: { received: true, ignored: true } };

  const context = { eventId: event.id, type: event.type };
  const applied = await db.transaction(async (tx) => {
    // Waits for a concurrent delivery of the same event; after its commit this inserts nothing.
    const [fresh] = await tx
      .insert(stripeEvents)
      .values({ id: event.id, type: event.type, receivedAt: now() })
      .onConflictDoNothing({ target: stripeEvents.id })
      .returning({ id: stripeEvents.id });
    if (!fresh) return false;
    await applyEvent(tx, event, context);
    return true;
  });
  if (!applied) {
    log.info(context, "stripe event already handled, ignored");
    return { status: 200, body: { received: true, duplicate: true } };
  }
  return { status: 200, body: { received: true } };
}

async function applyEvent(
  tx: Transaction,
  event: Stripe.Event,
  context: Record<string, string>,
): Promise<void> {
  if (
    event.type !== "checkout.session.completed" &&
    event.type !== "checkout.session.async_payment_succeeded" &&
    event.type !== "checkout.session.expired" &&
    event.type !== "checkout.session.async_payment_failed"
  )
    return;
  const session = event.data.object;
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  const ctx = { ...context, sessionId: session.id, orderId };
  if (!isOrderId(orderId)) {
    log.warn(ctx, "stripe event names no order of ours, ignored");
    return;
  }

  if (
    event.type === "checkout.session.expired" ||
    event.type === "checkout.session.async_payment_failed"
  ) {
    const result = await expireOrder(tx, { orderId });
    // A paid order stays paid whatever arrives after it.
    log.info({ ...ctx, result }, "stripe checkout ended without payment");
    return;
  }

  // `completed` with a delayed payment method (SEPA, …) is "unpaid": the money is not there yet;
  // async_payment_succeeded or _failed follows.
  if (session.payment_status !== "paid") {
    log.info(
      { ...ctx, paymentStatus: session.payment_status },
      "checkout completed, payment pending",
    );
    return;
  }
  const problem = await mismatch(tx, orderId, session);
  if (problem) {
    log.error(
      { ...ctx, problem },
      "paid checkout session does not match its order, nothing granted",
    );
    return;
  }
  const result = await fulfilOrderIn(tx, { orderId, via: "stripe", sessionId: session.id });
  if (result.ok) {
    log.info({ ...ctx, granted: result.granted }, "stripe payment applied");
  } else if (result.reason === "closed") {
    // Stripe never completes an expired session; if it ever did, someone must look at it.
    log.warn(ctx, "payment for an order that is no longer pending, nothing granted");
  } else {
    log.warn({ ...ctx, reason: result.reason }, "stripe payment not applied");
  }
}

/** The paid session must be the order's: same member, currency and amount as we asked for. */
async function mismatch(
  tx: Transaction,
  orderId: string,
  session: Stripe.Checkout.Session,
): Promise<string | null> {
  const [order] = await tx.select().from(creditOrders).where(eq(creditOrders.id, orderId));
  if (!order) return "unknown_order";
  if (session.metadata?.memberId && session.metadata.memberId !== order.memberId)
    return "member_mismatch";
  if (session.currency && session.currency !== order.currency) return "currency_mismatch";
  if (session.amount_subtotal !== null && session.amount_subtotal !== order.amountCents)
    return "amount_mismatch";
  return null;
}
