"use server";

import { getTranslations } from "next-intl/server";
import { type MemberActionContext, memberAction } from "@/lib/actions";
import { isLocale } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { expireOrder } from "@/lib/payments/orders";
import { startStripeCheckout } from "@/lib/payments/stripe";
import {
  changeSponsoredCampaign,
  createBudgetOrder,
  createSponsoredCampaign,
  fundFromBalance,
  getSponsoredPolicy,
  recountSponsoredAudience,
  type SponsoredRefusal,
  updateSponsoredCampaign,
} from "@/lib/sponsored/campaigns";
import {
  changeSponsoredSchema,
  editSponsoredSchema,
  fundSponsoredSchema,
  SPONSORED_REPEATED,
  sponsoredCampaignIdSchema,
  sponsoredCampaignSchema,
} from "@/lib/validation/sponsored";

// Every action acts as the session's member, and the services touch only that member's own
// campaigns: another member's campaign is "not found", exactly like a made-up one.

async function limitsOf({ db }: MemberActionContext) {
  const policy = await getSponsoredPolicy(db);
  return {
    subjectMax: policy.subjectMaxCharacters,
    bodyMax: policy.bodyMaxCharacters,
    ctaMax: policy.ctaMaxCharacters,
    nameMax: policy.nameMaxCharacters,
  };
}

/** A refusal as the form shows it; amounts in its sentence are money in the caller's language. */
function refusal(
  reason: SponsoredRefusal,
  values: Record<string, string | number> | undefined,
  { caller }: Pick<MemberActionContext, "caller">,
) {
  const shown: Record<string, string | number> = { ...values };
  const currency = typeof values?.currency === "string" ? values.currency.toUpperCase() : null;
  if (currency) {
    const money = new Intl.NumberFormat(isLocale(caller.locale) ? caller.locale : "en", {
      style: "currency",
      currency,
    });
    for (const key of ["min", "max"] as const) {
      const cents = values?.[key];
      if (typeof cents === "number") shown[key] = money.format(cents / 100);
    }
  }
  if (reason === "budget_out_of_range" || reason === "balance_too_low") {
    return {
      ok: false as const,
      fieldErrors: { budget: `sponsored.refusals.${reason}` },
      formErrorValues: shown,
    };
  }
  return { ok: false as const, formError: `sponsored.refusals.${reason}`, formErrorValues: shown };
}

export const createSponsoredAction = memberAction({
  name: "createSponsored",
  // Each runs a count of the audience.
  limits: ["sponsored_audience_count"],
  input: async (context) => sponsoredCampaignSchema(await limitsOf(context)),
  repeated: SPONSORED_REPEATED,
  requireConfirmedEmail: true,
  async handler(input, context) {
    const { db, member, revalidate, redirect } = context;
    const result = await createSponsoredCampaign(db, { advertiserId: member.id, input });
    if (!result.ok) return refusal(result.reason, result.values, context);
    revalidate("/sponsored", "layout");
    return redirect(`/sponsored/${result.campaignId}`);
  },
});

export const updateSponsoredAction = memberAction({
  name: "updateSponsored",
  // Each runs a count of the audience.
  limits: ["sponsored_audience_count"],
  input: async (context) => editSponsoredSchema(await limitsOf(context)),
  repeated: SPONSORED_REPEATED,
  requireConfirmedEmail: true,
  async handler({ campaignId, ...input }, context) {
    const { db, member, revalidate, redirect } = context;
    const result = await updateSponsoredCampaign(db, {
      advertiserId: member.id,
      campaignId,
      input,
    });
    if (!result.ok) return refusal(result.reason, result.values, context);
    revalidate("/sponsored", "layout");
    return redirect(`/sponsored/${campaignId}`);
  },
});

/**
 * Budget for a campaign (its launch, for a draft): from the ad balance at once, or through the
 * checkout — the local test-mode page, or Stripe — whose fulfilment adds it.
 */
export const fundSponsoredAction = memberAction({
  name: "fundSponsored",
  // A draft's launch counts its audience; a refused launch (too small) counted it too, so the
  // point is kept.
  limits: ["sponsored_audience_count"],
  refundRefusals: false,
  input: fundSponsoredSchema,
  requireConfirmedEmail: true,
  async handler({ campaignId, budget, source }, context) {
    const { db, member, caller, revalidate, redirect } = context;
    const input = { advertiserId: member.id, campaignId, amountCents: budget };
    if (source === "balance") {
      const funded = await fundFromBalance(db, input);
      if (!funded.ok) return refusal(funded.reason, funded.values, context);
      revalidate("/sponsored", "layout");
      return redirect(`/sponsored/${campaignId}?funded=1`);
    }
    const result = await createBudgetOrder(db, input);
    if (!result.ok) return refusal(result.reason, result.values, context);
    const { order } = result;
    if (order.provider === "local") return redirect(`/premium/checkout/${order.id}`);
    let url: string;
    try {
      url = await startStripeCheckout(db, {
        order,
        productName: (await getTranslations("sponsored"))("budgetProduct"),
        locale: isLocale(caller.locale) ? caller.locale : "en",
        customerEmail: member.email,
      });
    } catch (error) {
      log.error({ err: error, orderId: order.id }, "stripe checkout failed");
      await expireOrder(db, { orderId: order.id });
      return { ok: false, formError: "checkout.errors.providerUnavailable" };
    }
    return redirect(url);
  },
});

export const changeSponsoredAction = memberAction({
  name: "changeSponsored",
  input: changeSponsoredSchema,
  async handler({ campaignId, change }, context) {
    const { db, member, revalidate } = context;
    const result = await changeSponsoredCampaign(db, {
      advertiserId: member.id,
      campaignId,
      change,
    });
    if (!result.ok) return refusal(result.reason, result.values, context);
    revalidate("/sponsored", "layout");
    return { ok: true };
  },
});

/** "Count again": a draft's audience as it stands now (a count over the members: on request). */
export const recountSponsoredAction = memberAction({
  name: "recountSponsored",
  // Each runs a count of the audience.
  limits: ["sponsored_audience_count"],
  input: sponsoredCampaignIdSchema,
  async handler({ campaignId }, context) {
    const { db, member, revalidate } = context;
    const result = await recountSponsoredAudience(db, { advertiserId: member.id, campaignId });
    if (!result.ok) return refusal(result.reason, result.values, context);
    revalidate(`/sponsored/${campaignId}`);
    return { ok: true };
  },
});
