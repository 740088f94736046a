"use server";

import { getCreditOrderForMember } from "@/db/queries/orders";
import { memberAction } from "@/lib/actions";
import { cancelOrder, fulfilOrder } from "@/lib/payments/orders";
import { checkoutOrderSchema } from "@/lib/validation/checkout";

// The local test-mode checkout: the same fulfilment code the Stripe webhook runs, confirmed by
// the order's owner instead of a signature. The service refuses it when Stripe is configured
// and in production, and for orders of other members or of Stripe.

export const payLocalOrderAction = memberAction({
  name: "payLocalOrder",
  input: checkoutOrderSchema,
  async handler({ orderId }, { db, member, revalidate, redirect }) {
    const result = await fulfilOrder(db, { orderId, via: "local", memberId: member.id });
    if (!result.ok) {
      if (result.reason === "payments_unavailable")
        return { ok: false, formError: "checkout.errors.paymentsUnavailable" };
      if (result.reason === "closed")
        return { ok: false, formError: "checkout.errors.orderClosed" };
      return { ok: false, formError: "checkout.errors.orderNotFound" };
    }
    revalidate("/", "layout");
    // A sponsored budget goes back to its campaign, a credit pack to My Premium.
    const order = await getCreditOrderForMember(db, { orderId, memberId: member.id });
    if (order?.sponsoredCampaignId)
      return redirect(`/sponsored/${order.sponsoredCampaignId}?purchase=success`);
    return redirect(`/premium/my?purchase=success&order=${orderId}`);
  },
});

export const cancelLocalOrderAction = memberAction({
  name: "cancelLocalOrder",
  input: checkoutOrderSchema,
  async handler({ orderId }, { db, member, redirect }) {
    const result = await cancelOrder(db, { orderId, memberId: member.id });
    const order = await getCreditOrderForMember(db, { orderId, memberId: member.id });
    if (!result.ok && result.reason === "not_found")
      return { ok: false, formError: "checkout.errors.orderNotFound" };
    // Already closed or paid: the checkout page shows what became of it.
    if (!result.ok) return redirect(`/premium/checkout/${orderId}`);
    if (order?.sponsoredCampaignId)
      return redirect(`/sponsored/${order.sponsoredCampaignId}?purchase=cancelled`);
    return redirect("/premium/credits?purchase=cancelled");
  },
});
