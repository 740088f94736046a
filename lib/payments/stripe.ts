import { and, eq, isNull } from "drizzle-orm";
import Stripe from "stripe";
import type { Executor } from "@/db/client";
import { type CreditOrder, creditOrders } from "@/db/schema";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { log } from "@/lib/log";

/**
 * The API version the installed SDK's types describe (stripe 23.1.0). Pinned, so a change of the
 * account's default version on the dashboard cannot change the shape of what we receive.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive" satisfies Stripe.LatestApiVersion;

let client: Stripe | undefined;

/** The one Stripe client; only when Stripe is configured (env.stripeEnabled). */
export function stripeClient(): Stripe {
  if (!env.STRIPE_SECRET_KEY) throw new Error("Stripe is not configured (STRIPE_SECRET_KEY)");
  client ??= new Stripe(env.STRIPE_SECRET_KEY, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "InMail" },
  });
  return client;
}

/** Where Stripe sends the member back; the order id lets the page say which purchase it was. */
export function checkoutReturnUrls(order: Pick<CreditOrder, "id" | "sponsoredCampaignId">) {
  const base = env.APP_URL.replace(/\/+$/, "");
  // A sponsored budget returns to its campaign; a credit pack to My Premium.
  if (order.sponsoredCampaignId) {
    const page = `${base}/sponsored/${order.sponsoredCampaignId}`;
    return {
      successUrl: `${page}?purchase=success&order=${order.id}`,
      cancelUrl: `${page}?purchase=cancelled&order=${order.id}`,
    };
  }
  return {
    successUrl: `${base}/premium/my?purchase=success&order=${order.id}`,
    cancelUrl: `${base}/premium/credits?purchase=cancelled&order=${order.id}`,
  };
}

/**
 * Opens a Stripe Checkout Session for a pending Stripe order and remembers its id on the order.
 * The credits come only from the verified webhook (lib/payments/webhook.ts), never from the
 * success URL. Returns the URL to send the member to.
 */
export async function startStripeCheckout(
  db: Executor,
  {
    order,
    productName,
    locale,
    customerEmail,
  }: { order: CreditOrder; productName: string; locale: Locale; customerEmail?: string },
): Promise<string> {
  if (order.provider !== "stripe" || order.status !== "pending")
    throw new Error(`order ${order.id} is not a pending Stripe order`);
  const { successUrl, cancelUrl } = checkoutReturnUrls(order);
  // A pack is so many credits at their unit price; a budget is one amount.
  const [quantity, unitAmount] =
    order.purpose === "credits"
      ? [order.credits, order.amountCents / order.credits]
      : [1, order.amountCents];
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity,
          price_data: {
            currency: order.currency,
            unit_amount: unitAmount,
            product_data: { name: productName },
          },
        },
      ],
      client_reference_id: order.id,
      metadata: { orderId: order.id, memberId: order.memberId },
      payment_intent_data: { metadata: { orderId: order.id, memberId: order.memberId } },
      customer_email: customerEmail,
      locale,
      success_url: successUrl,
      cancel_url: cancelUrl,
    },
    // A retried request (network hiccup) returns the same session instead of a second one.
    { idempotencyKey: `checkout:${order.id}` },
  );
  await db
    .update(creditOrders)
    .set({ providerSessionId: session.id })
    .where(and(eq(creditOrders.id, order.id), isNull(creditOrders.providerSessionId)));
  log.info(
    { orderId: order.id, memberId: order.memberId, sessionId: session.id },
    "checkout started",
  );
  if (!session.url) throw new Error(`Stripe returned no URL for session ${session.id}`);
  return session.url;
}
