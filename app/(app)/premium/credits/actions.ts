"use server";

import { getTranslations } from "next-intl/server";
import { keptValues, memberAction } from "@/lib/actions";
import { isLocale } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { createCreditOrder, expireOrder } from "@/lib/payments/orders";
import { startStripeCheckout } from "@/lib/payments/stripe";
import { buyCreditsSchema } from "@/lib/validation/checkout";

const REFUSALS = {
  payments_unavailable: { formError: "checkout.errors.paymentsUnavailable" },
  unknown_currency: { fieldErrors: { currency: "checkout.errors.unknownCurrency" } },
  credits_out_of_range: { fieldErrors: { credits: "checkout.errors.creditsOutOfRange" } },
} as const;

/** Creates a pending order for the signed-in member, then sends them to pay it. */
export const buyCreditsAction = memberAction({
  name: "buyCredits",
  input: buyCreditsSchema,
  async handler(input, { db, member, caller, fields, redirect }) {
    const result = await createCreditOrder(db, { memberId: member.id, ...input });
    if (!result.ok) return { ok: false, ...REFUSALS[result.reason], values: keptValues(fields) };
    const { order } = result;
    if (order.provider === "local") return redirect(`/premium/checkout/${order.id}`);

    let url: string;
    try {
      url = await startStripeCheckout(db, {
        order,
        productName: (await getTranslations("checkout"))("productName"),
        locale: isLocale(caller.locale) ? caller.locale : "en",
        customerEmail: member.email,
      });
    } catch (error) {
      // The member never saw a payment page for it: close the order, nothing can be paid on it.
      log.error({ err: error, orderId: order.id, memberId: member.id }, "stripe checkout failed");
      await expireOrder(db, { orderId: order.id });
      return {
        ok: false,
        formError: "checkout.errors.providerUnavailable",
        values: keptValues(fields),
      };
    }
    return redirect(url);
  },
});
