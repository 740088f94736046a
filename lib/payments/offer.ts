import type { Executor } from "@/db/client";
import { getCreditPackPrice } from "@/db/queries/orders";
import { activeProvider, type PaymentProvider } from "./orders";

/** What the buy form needs, read on the server: the price list row and how payment happens. */
export interface CreditPackOffer {
  price: { currency: string; priceCentsPerCredit: number; minCredits: number; maxCredits: number };
  provider: PaymentProvider;
}

/** The offer shown to members, or null when packs cannot be bought (no price, no payments). */
export async function getCreditPackOffer(db: Executor): Promise<CreditPackOffer | null> {
  const provider = activeProvider();
  if (!provider) return null;
  const price = await getCreditPackPrice(db);
  if (!price) return null;
  return {
    price: {
      currency: price.currency,
      priceCentsPerCredit: price.priceCentsPerCredit,
      minCredits: price.minCredits,
      maxCredits: price.maxCredits,
    },
    provider,
  };
}
