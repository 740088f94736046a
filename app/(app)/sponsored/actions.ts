"use server";

import { getFormatter, getTranslations } from "next-intl/server";
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

async function refusal(reason: SponsoredRefusal, values?: Record<string, string | number>) {
  // Amounts in the sentence are money in the reader's language.
  const format = await getFormatter();
  const shown: Record<string, string | number> = { ...values };
  for (const key of ["min", "max"] as const) {
    if (reason === "budget_out_of_range" && typeof values?.[key] === "number") {
      shown[key] = format.number(values[key] / 100, { style: "currency", currency: "USD" });
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
  input: async (context) => sponsoredCampaignSchema(await limitsOf(context)),
  repeated: SPONSORED_REPEATED,
  requireConfirmedEmail: true,
  async handler(input, { db, member, revalidate, redirect }) {
    const result = await createSponsoredCampaign(db, { advertiserId: member.id, input });
    if (!result.ok) return refusal(result.reason, result.values);
    revalidate("/sponsored", "layout");
    return redirect(`/sponsored/${result.campaignId}`);
  },
});

export const updateSponsoredAction = memberAction({
  name: "updateSponsored",
  input: async (context) => editSponsoredSchema(await limitsOf(context)),
  repeated: SPONSORED_REPEATED,
  requireConfirmedEmail: true,
  async handler({ campaignId, ...input }, { db, member, revalidate, redirect }) {
    const result = await updateSponsoredCampaign(db, {
      advertiserId: member.id,
      campaignId,
      input,
    });
    if (!result.ok) return refusal(result.reason, result.values);
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
  input: fundSponsoredSchema,
  requireConfirmedEmail: true,
  async handler({ campaignId, budget, source }, { db, member, caller, revalidate, redirect }) {
    const input = { advertiserId: member.id, campaignId, amountCents: budget };
    if (source === "balance") {
      const funded = await fundFromBalance(db, input);
      if (!funded.ok) return refusal(funded.reason, funded.values);
      revalidate("/sponsored", "layout");
      return redirect(`/sponsored/${campaignId}?funded=1`);
    }
    const result = await createBudgetOrder(db, input);
    if (!result.ok) return refusal(result.reason, result.values);
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
  async handler({ campaignId, change }, { db, member, revalidate }) {
    const result = await changeSponsoredCampaign(db, {
      advertiserId: member.id,
      campaignId,
      change,
    });
    if (!result.ok) return refusal(result.reason, result.values);
    revalidate("/sponsored", "layout");
    return { ok: true };
  },
});

/** "Count again": a draft's audience as it stands now (a count over the members: on request). */
export const recountSponsoredAction = memberAction({
  name: "recountSponsored",
  input: sponsoredCampaignIdSchema,
  async handler({ campaignId }, { db, member, revalidate }) {
    const result = await recountSponsoredAudience(db, { advertiserId: member.id, campaignId });
    if (!result.ok) return refusal(result.reason, result.values);
    revalidate(`/sponsored/${campaignId}`);
    return { ok: true };
  },
});
