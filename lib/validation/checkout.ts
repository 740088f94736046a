import { z } from "zod";

// Buying a credit pack and acting on a local checkout. The pack-size range is data
// (credit_pack_prices) and is checked by the service; messages are i18n keys (`checkout`).

export const buyCreditsSchema = z.object({
  credits: z.coerce
    .number({ error: "checkout.errors.creditsRequired" })
    .int("checkout.errors.creditsRequired")
    .positive("checkout.errors.creditsRequired"),
  currency: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, "checkout.errors.unknownCurrency"),
});

export type BuyCreditsInput = z.infer<typeof buyCreditsSchema>;

export const checkoutOrderSchema = z.object({
  orderId: z.uuid("checkout.errors.orderNotFound"),
});
