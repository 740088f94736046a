"use server";

import { z } from "zod";
import { memberAction } from "@/lib/actions";
import { cancelSubscription, subscribe } from "@/lib/credits/subscriptions";

/** Subscribe or switch: the member is the session's; the form only names the plan. */
export const subscribeAction = memberAction({
  name: "subscribe",
  input: z.object({ planId: z.string().regex(/^[a-z0-9_]{1,64}$/, "premium.errors.unknown_plan") }),
  async handler({ planId }, { db, member, redirect }) {
    const result = await subscribe(db, { memberId: member.id, planId });
    if (!result.ok) return { ok: false, formError: `premium.errors.${result.reason}` };
    // No revalidate: it would re-render /premium and unmount this form before the redirect
    // lands. /premium/my is dynamic and reads the new state.
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
