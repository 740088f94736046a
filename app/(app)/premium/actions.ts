"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { memberAction } from "@/lib/actions";
import { cancelSubscription, subscribe } from "@/lib/credits/subscriptions";

/** Subscribe or switch: the member is the session's; the form only names the plan. */
export const subscribeAction = memberAction(
  "subscribe",
  z.object({ planId: z.string().min(1).max(64) }),
  async ({ planId }, { member }) => {
    const result = await subscribe(await getDb(), { memberId: member.id, planId });
    if (!result.ok) return { ok: false, formError: `premium.errors.${result.reason}` };
    // No revalidatePath: it would re-render /premium and unmount this form before the redirect
    // lands. /premium/my is dynamic and reads the new state.
    redirect(`/premium/my?subscribed=${encodeURIComponent(planId)}`);
  },
);

export const cancelSubscriptionAction = memberAction(
  "cancelSubscription",
  z.object({}),
  async (_input, { member }) => {
    const result = await cancelSubscription(await getDb(), { memberId: member.id });
    if (!result.ok) return { ok: false, formError: `premium.errors.${result.reason}` };
    // The cancel button leaves the page with the plan it belonged to: say it where the ledger is.
    redirect("/premium/my?cancelled=1");
  },
);
