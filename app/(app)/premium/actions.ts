"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { cancelSubscription, subscribe } from "@/lib/credits/subscriptions";
import { subscribeSchema } from "@/lib/validation/subscription";

/**
 * Subscribe or switch, from the confirmation page: the member is the session's; the form names
 * the plan and the price the member confirmed, which the service checks against the plan's own.
 */
export const subscribeAction = memberAction({
  name: "subscribe",
  input: subscribeSchema,
  async handler({ planId, priceCents, currency }, { db, member, redirect, revalidate }) {
    const result = await subscribe(db, {
      memberId: member.id,
      planId,
      confirmed: { priceCents, currency },
    });
    if (!result.ok) {
      // The page shows the plan's price as of now again, beside the refusal.
      if (result.reason === "price_changed") revalidate("/premium/subscribe");
      return { ok: false, formError: `premium.errors.${result.reason}` };
    }
    // /premium/my is dynamic and reads the new state.
    return redirect(`/premium/my?subscribed=${encodeURIComponent(planId)}`);
  },
});

export const cancelSubscriptionAction = memberAction({
  name: "cancelSubscription",
  input: z.object({}),
  async handler(_input, { db, member, redirect }) {
    const result = await cancelSubscription(db, { memberId: member.id });
    if (!result.ok) return { ok: false, formError: `premium.errors.${result.reason}` };
    // The cancel button leaves the page with the plan it belonged to: say it where the ledger is.
    return redirect("/premium/my?cancelled=1");
  },
});
