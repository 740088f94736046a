"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { memberAction } from "@/lib/actions";
import { cancelOrder, fulfilOrder } from "@/lib/payments/orders";
import { checkoutOrderSchema } from "@/lib/validation/checkout";

// The local test-mode checkout: the same fulfilment code the Stripe webhook runs, confirmed by
// the order's owner instead of a signature. The service refuses it when Stripe is configured
// and in production, and for orders of other members or of Stripe.

export const payLocalOrderAction = memberAction(
  "payLocalOrder",
  checkoutOrderSchema,
  async ({ orderId }, { member }) => {
    const result = await fulfilOrder(await getDb(), {
      orderId,
      via: "local",
      memberId: member.id,
    });
    if (!result.ok) {
      if (result.reason === "payments_unavailable")
        return { ok: false, formError: "checkout.errors.paymentsUnavailable" };
      if (result.reason === "closed")
        return { ok: false, formError: "checkout.errors.orderClosed" };
      return { ok: false, formError: "checkout.errors.orderNotFound" };
    }
    revalidatePath("/", "layout");
    redirect(`/premium/my?purchase=success&order=${orderId}`);
  },
);

export const cancelLocalOrderAction = memberAction(
  "cancelLocalOrder",
  checkoutOrderSchema,
  async ({ orderId }, { member }) => {
    const result = await cancelOrder(await getDb(), { orderId, memberId: member.id });
    if (!result.ok && result.reason === "not_found")
      return { ok: false, formError: "checkout.errors.orderNotFound" };
    // Already closed or paid: the checkout page shows what became of it.
    if (!result.ok) redirect(`/premium/checkout/${orderId}`);
    redirect("/premium/credits?purchase=cancelled");
  },
);
