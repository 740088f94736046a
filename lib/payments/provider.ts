import { env } from "@/lib/env";

export type PaymentProvider = "stripe" | "local";

/** Which checkout pays new orders: Stripe when configured, else the local test mode, else none. */
export function activeProvider(): PaymentProvider | null {
  if (env.stripeEnabled) return "stripe";
  return env.localCheckoutEnabled ? "local" : null;
}
