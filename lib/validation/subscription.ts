import { z } from "zod";

// Choosing a plan: the confirmation page reads the plan from its URL, the subscribe action reads
// it and the price the member confirmed from the form. Messages are i18n keys (`premium`).

const planId = z.string().regex(/^[a-z0-9_]{1,64}$/, "premium.errors.unknown_plan");

export const subscribeSchema = z.object({
  planId,
  priceCents: z.coerce
    .number({ error: "premium.errors.price_changed" })
    .int("premium.errors.price_changed")
    .min(0, "premium.errors.price_changed")
    .max(100_000_000, "premium.errors.price_changed"),
  currency: z.string().regex(/^[a-z]{3}$/, "premium.errors.price_changed"),
});

export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** `?plan=` of the confirmation page: the first value if repeated; anything else is no plan. */
export function planIdFromSearchParam(value: string | string[] | undefined): string | null {
  const parsed = planId.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}
