import { getDb } from "@/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { handleStripeWebhook } from "@/lib/payments/webhook";

/**
 * Stripe's webhook endpoint. The signature covers the exact bytes sent, so the body is read raw
 * (request.text()), never parsed and re-serialised before verification.
 */
export async function POST(request: Request): Promise<Response> {
  if (!env.stripeEnabled || !env.STRIPE_WEBHOOK_SECRET) {
    return Response.json({ received: false, error: "stripe_not_configured" }, { status: 404 });
  }
  const payload = await request.text();
  try {
    const outcome = await handleStripeWebhook(await getDb(), {
      payload,
      signature: request.headers.get("stripe-signature"),
      secret: env.STRIPE_WEBHOOK_SECRET,
    });
    return Response.json(outcome.body, { status: outcome.status });
  } catch (error) {
    // Nothing was committed (one transaction); a non-2xx answer makes Stripe deliver it again.
    log.error({ err: error }, "stripe webhook failed");
    return Response.json({ received: false, error: "internal" }, { status: 500 });
  }
}
