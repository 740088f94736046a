import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { isUuid } from "../ids";
import { creditOrders, creditPackPrices } from "../schema";

/** The currency credit packs are sold in when the caller names none (plans are priced in it too). */
export const DEFAULT_PACK_CURRENCY = "usd";

/** Order ids arrive in URLs and webhook metadata; anything else is simply not an order. */
export function isOrderId(value: unknown): value is string {
  return typeof value === "string" && isUuid(value);
}

/** The price list row of one currency: price per credit and the allowed pack sizes. */
export async function getCreditPackPrice(
  db: Executor,
  { currency = DEFAULT_PACK_CURRENCY }: { currency?: string } = {},
) {
  const [row] = await db
    .select()
    .from(creditPackPrices)
    .where(eq(creditPackPrices.currency, currency))
    .limit(1);
  return row ?? null;
}

export async function listCreditPackPrices(db: Executor) {
  return db.select().from(creditPackPrices).orderBy(asc(creditPackPrices.currency));
}

/** One order, only if it belongs to the member asking; null otherwise (also for a malformed id). */
export async function getCreditOrderForMember(
  db: Executor,
  { orderId, memberId }: { orderId: string; memberId: string },
) {
  if (!isOrderId(orderId)) return null;
  const [row] = await db
    .select()
    .from(creditOrders)
    .where(and(eq(creditOrders.id, orderId), eq(creditOrders.memberId, memberId)))
    .limit(1);
  return row ?? null;
}
