"use server";

import { memberAction } from "@/lib/actions";
import { notInterestedInSponsored } from "@/lib/sponsored/inbox";
import { sponsoredDeliveryIdSchema } from "@/lib/validation/sponsored";

/** "Not interested": only ever the session's member's own sponsored message. */
export const notInterestedAction = memberAction({
  name: "sponsoredNotInterested",
  input: sponsoredDeliveryIdSchema,
  async handler({ deliveryId }, { db, member, revalidate, redirect }) {
    const done = await notInterestedInSponsored(db, { memberId: member.id, deliveryId });
    if (!done) return { ok: false, formError: "sponsored.refusals.not_found" };
    revalidate("/messaging", "layout");
    return redirect("/messaging?filter=sponsored&hidden=1");
  },
});
