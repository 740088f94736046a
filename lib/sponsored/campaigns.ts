import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { isUuid } from "@/db/ids";
import {
  adAccounts,
  adLedger,
  type CreditOrder,
  creditOrders,
  type SponsoredCampaign,
  type SponsoredPolicy,
  sponsoredCampaigns,
  sponsoredPolicy,
} from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { now } from "@/lib/clock";
import { enqueue } from "@/lib/jobs/queue";
import { log } from "@/lib/log";
import { activeProvider } from "@/lib/payments/provider";
import type { SponsoredCampaignInput } from "@/lib/validation/sponsored";
import { type AudienceCount, countAudience } from "./audience";

// An advertiser's sponsored campaigns: drafts, their budget (paid through the checkout, or from
// the ad balance of campaigns they ended), pause / resume / end, and the report. Every function
// takes the advertiser's id and touches only their campaigns: another member's campaign is "not
// found", exactly like one that does not exist.

export async function getSponsoredPolicy(db: Executor): Promise<SponsoredPolicy> {
  const [row] = await db.select().from(sponsoredPolicy).limit(1);
  if (!row) throw new Error("sponsored_policy row is missing: migrations not applied?");
  return row;
}

export type SponsoredRefusal =
  | "not_found"
  | "not_editable"
  | "audience_too_small"
  | "budget_out_of_range"
  | "balance_too_low"
  | "payments_unavailable"
  | "not_changeable";

export type SponsoredResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; reason: SponsoredRefusal; values?: Record<string, string | number> };

export async function getSponsoredCampaign(
  db: Executor,
  { advertiserId, campaignId }: { advertiserId: string; campaignId: string },
): Promise<SponsoredCampaign | null> {
  if (!isUuid(campaignId)) return null;
  const [row] = await db
    .select()
    .from(sponsoredCampaigns)
    .where(
      and(eq(sponsoredCampaigns.id, campaignId), eq(sponsoredCampaigns.advertiserId, advertiserId)),
    );
  return row ?? null;
}

export const SPONSORED_PAGE_SIZE = 20;

/** The advertiser's campaigns, newest first, by keyset (`before`: the last row's created_at and id). */
export async function listSponsoredCampaigns(
  db: Executor,
  {
    advertiserId,
    before = null,
  }: { advertiserId: string; before?: { at: Date; id: string } | null },
): Promise<{ campaigns: SponsoredCampaign[]; next: { at: Date; id: string } | null }> {
  const rows = await db
    .select()
    .from(sponsoredCampaigns)
    .where(
      and(
        eq(sponsoredCampaigns.advertiserId, advertiserId),
        before
          ? or(
              lt(sponsoredCampaigns.createdAt, before.at),
              and(
                eq(sponsoredCampaigns.createdAt, before.at),
                lt(sponsoredCampaigns.id, before.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(sponsoredCampaigns.createdAt), desc(sponsoredCampaigns.id))
    .limit(SPONSORED_PAGE_SIZE + 1);
  const campaigns = rows.slice(0, SPONSORED_PAGE_SIZE);
  const last = campaigns.at(-1);
  return {
    campaigns,
    next: rows.length > SPONSORED_PAGE_SIZE && last ? { at: last.createdAt, id: last.id } : null,
  };
}

/** The advertiser's ad balance (what ended campaigns left), 0 without an account. */
export async function adBalance(db: Executor, advertiserId: string): Promise<number> {
  const [row] = await db
    .select({ balance: adAccounts.balanceCents })
    .from(adAccounts)
    .where(eq(adAccounts.memberId, advertiserId));
  return row?.balance ?? 0;
}

function campaignValues(input: SponsoredCampaignInput) {
  return {
    name: input.name,
    subjectTemplate: input.subjectTemplate,
    bodyTemplate: input.bodyTemplate,
    ctaLabel: input.ctaLabel,
    ctaUrl: input.ctaUrl,
    countries: input.countries,
    industries: input.industries,
    languages: input.languages,
    titleTerms: input.titleTerms,
    companies: input.companies,
  };
}

export async function createSponsoredCampaign(
  db: Executor,
  { advertiserId, input }: { advertiserId: string; input: SponsoredCampaignInput },
): Promise<SponsoredResult<{ campaignId: string }>> {
  const policy = await getSponsoredPolicy(db);
  // The draft and its count together: never a draft without its audience.
  const campaignId = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(sponsoredCampaigns)
      .values({
        advertiserId,
        ...campaignValues(input),
        pricePerSendCents: policy.pricePerSendCents,
        currency: policy.currency,
      })
      .returning({ id: sponsoredCampaigns.id });
    if (!row) throw new Error("sponsored campaign insert returned nothing");
    await storeAudienceCount(tx, row.id);
    return row.id;
  });
  log.info({ advertiserId, campaignId }, "sponsored campaign created");
  return { ok: true, campaignId };
}

/** A draft's message and audience change; a campaign that ran keeps what it was sent with. */
export async function updateSponsoredCampaign(
  db: Executor,
  {
    advertiserId,
    campaignId,
    input,
  }: { advertiserId: string; campaignId: string; input: SponsoredCampaignInput },
): Promise<SponsoredResult> {
  if (!isUuid(campaignId)) return { ok: false, reason: "not_found" };
  // The new audience and its count together: never the old numbers beside new filters.
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(sponsoredCampaigns)
      .set({ ...campaignValues(input), updatedAt: now() })
      .where(
        and(
          eq(sponsoredCampaigns.id, campaignId),
          eq(sponsoredCampaigns.advertiserId, advertiserId),
          eq(sponsoredCampaigns.status, "draft"),
        ),
      )
      .returning({ id: sponsoredCampaigns.id });
    if (row) await storeAudienceCount(tx, campaignId);
    return Boolean(row);
  });
  if (updated) return { ok: true };
  const exists = await getSponsoredCampaign(db, { advertiserId, campaignId });
  return { ok: false, reason: exists ? "not_editable" : "not_found" };
}

/**
 * Counts a draft's audience and keeps the numbers on it: a count reads every member who
 * matches (a quarter of a second for everyone of 100,000 members: npm run bench:sponsored), so it runs when the
 * draft is saved or the advertiser asks — never on a view of the page.
 */
async function storeAudienceCount(db: Executor, campaignId: string): Promise<AudienceCount> {
  const audience = await countAudience(db, campaignId);
  await db
    .update(sponsoredCampaigns)
    .set(audienceColumns(audience))
    .where(and(eq(sponsoredCampaigns.id, campaignId), eq(sponsoredCampaigns.status, "draft")));
  return audience;
}

function audienceColumns(audience: AudienceCount) {
  return {
    audienceSize: audience.matching,
    excludedOptedOut: audience.excluded.optedOut,
    excludedRefusesInmail: audience.excluded.refusesInmail,
    excludedBlocked: audience.excluded.blocked,
    audienceCountedAt: now(),
  };
}

/** "Count again": the draft's audience as it stands now. */
export async function recountSponsoredAudience(
  db: Executor,
  { advertiserId, campaignId }: { advertiserId: string; campaignId: string },
): Promise<SponsoredResult> {
  const campaign = await getSponsoredCampaign(db, { advertiserId, campaignId });
  if (!campaign) return { ok: false, reason: "not_found" };
  if (campaign.status !== "draft") return { ok: false, reason: "not_editable" };
  await storeAudienceCount(db, campaignId);
  return { ok: true };
}

/**
 * Checks a budget payment before any money moves: the campaign is the advertiser's and can take
 * money, a draft's audience is large enough, the amount is within the policy's bounds.
 */
async function checkFunding(
  db: Executor,
  { advertiserId, campaignId, amountCents }: FundInput,
): Promise<
  SponsoredResult<{
    campaign: SponsoredCampaign;
    policy: SponsoredPolicy;
    /** A draft's audience as just counted. */
    audience: AudienceCount | null;
  }>
> {
  const campaign = await getSponsoredCampaign(db, { advertiserId, campaignId });
  if (!campaign) return { ok: false, reason: "not_found" };
  if (campaign.status === "ended") return { ok: false, reason: "not_changeable" };
  const policy = await getSponsoredPolicy(db);
  if (
    !Number.isSafeInteger(amountCents) ||
    amountCents < policy.minBudgetCents ||
    campaign.budgetCents + amountCents > policy.maxBudgetCents
  ) {
    return {
      ok: false,
      reason: "budget_out_of_range",
      values: {
        min: policy.minBudgetCents,
        max: policy.maxBudgetCents - campaign.budgetCents,
        currency: policy.currency,
      },
    };
  }
  const audience = campaign.status === "draft" ? await countAudience(db, campaign.id) : null;
  if (audience && audience.matching < policy.minAudienceSize) {
    return {
      ok: false,
      reason: "audience_too_small",
      values: { min: policy.minAudienceSize, size: audience.matching },
    };
  }
  return { ok: true, campaign, policy, audience };
}

interface FundInput {
  advertiserId: string;
  campaignId: string;
  amountCents: number;
}

/** A pending budget order for the checkout (local test mode or Stripe). */
export async function createBudgetOrder(
  db: Executor,
  input: FundInput,
): Promise<SponsoredResult<{ order: CreditOrder }>> {
  const provider = activeProvider();
  if (!provider) return { ok: false, reason: "payments_unavailable" };
  const checked = await checkFunding(db, input);
  if (!checked.ok) return checked;
  const [order] = await db
    .insert(creditOrders)
    .values({
      memberId: input.advertiserId,
      purpose: "sponsored_budget",
      credits: 0,
      sponsoredCampaignId: input.campaignId,
      amountCents: input.amountCents,
      currency: checked.policy.currency,
      status: "pending",
      provider,
      createdAt: now(),
    })
    .returning();
  if (!order) throw new Error("budget order insert returned nothing");
  log.info(
    { advertiserId: input.advertiserId, orderId: order.id, amountCents: input.amountCents },
    "sponsored budget order created",
  );
  return { ok: true, order };
}

/** Locks the campaign's row: every change of its money and status takes turns on it. */
async function lockCampaign(
  tx: Transaction,
  campaignId: string,
): Promise<SponsoredCampaign | null> {
  const [row] = await tx
    .select()
    .from(sponsoredCampaigns)
    .where(eq(sponsoredCampaigns.id, campaignId))
    .for("update");
  return row ?? null;
}

/**
 * Money into a locked campaign's budget, with its ledger row. A draft starts: its audience is
 * counted as launched, the price of a send is fixed, and the members online now are offered
 * it. An ended campaign keeps nothing: the money goes straight to the ad balance.
 */
async function addToBudget(
  tx: Transaction,
  campaign: SponsoredCampaign,
  entry: { kind: "payment" | "allocation"; amountCents: number; orderId?: string },
  /** A draft's audience if the caller counted it a moment ago (else counted here). */
  counted: AudienceCount | null = null,
): Promise<void> {
  const at = now();
  await tx.insert(adLedger).values({
    advertiserId: campaign.advertiserId,
    campaignId: campaign.id,
    kind: entry.kind,
    amountCents: entry.amountCents,
    orderId: entry.orderId ?? null,
    createdAt: at,
  });
  const budgetCents = campaign.budgetCents + entry.amountCents;
  if (campaign.status === "draft") {
    const [policy, audience] = await Promise.all([
      getSponsoredPolicy(tx),
      counted ?? countAudience(tx, campaign.id),
    ]);
    await tx
      .update(sponsoredCampaigns)
      .set({
        budgetCents,
        status: "active",
        pricePerSendCents: policy.pricePerSendCents,
        currency: policy.currency,
        ...audienceColumns(audience),
        launchedAt: at,
        updatedAt: at,
      })
      .where(eq(sponsoredCampaigns.id, campaign.id));
    await enqueue(tx, "sponsored:launch", { campaignId: campaign.id });
    log.info(
      { campaignId: campaign.id, audience: audience.matching },
      "sponsored campaign launched",
    );
    return;
  }
  const revived =
    campaign.status === "completed" &&
    budgetCents - campaign.spentCents >= campaign.pricePerSendCents;
  await tx
    .update(sponsoredCampaigns)
    .set({ budgetCents, updatedAt: at, ...(revived ? { status: "active" as const } : {}) })
    .where(eq(sponsoredCampaigns.id, campaign.id));
  if (revived) await enqueue(tx, "sponsored:launch", { campaignId: campaign.id });
  if (campaign.status === "ended") {
    await releaseLeftover(tx, { ...campaign, budgetCents });
  }
}

/**
 * The fulfilment of a paid budget order (lib/payments/orders.ts calls it in the transaction that
 * marks the order paid): exactly once per order, the ledger's unique order key behind it.
 */
export async function fundFromOrder(tx: Transaction, order: CreditOrder): Promise<boolean> {
  if (order.purpose !== "sponsored_budget" || !order.sponsoredCampaignId) return false;
  const campaign = await lockCampaign(tx, order.sponsoredCampaignId);
  if (!campaign || campaign.advertiserId !== order.memberId) {
    log.error({ orderId: order.id }, "budget order for a campaign that is not its buyer's");
    return false;
  }
  const [already] = await tx
    .select({ id: adLedger.id })
    .from(adLedger)
    .where(eq(adLedger.orderId, order.id));
  if (already) return false;
  await addToBudget(tx, campaign, {
    kind: "payment",
    amountCents: order.amountCents,
    orderId: order.id,
  });
  return true;
}

/** Budget from the ad balance instead of a payment, in one transaction. */
export async function fundFromBalance(db: Executor, input: FundInput): Promise<SponsoredResult> {
  const checked = await checkFunding(db, input);
  if (!checked.ok) return checked;
  return db.transaction(async (tx) => {
    // Campaign first, then account: the order every path takes both locks in.
    const campaign = await lockCampaign(tx, input.campaignId);
    if (!campaign || campaign.advertiserId !== input.advertiserId || campaign.status === "ended")
      return { ok: false as const, reason: "not_found" as const };
    const [account] = await tx
      .update(adAccounts)
      .set({ balanceCents: sql`${adAccounts.balanceCents} - ${input.amountCents}` })
      .where(
        and(
          eq(adAccounts.memberId, input.advertiserId),
          sql`${adAccounts.balanceCents} >= ${input.amountCents}`,
        ),
      )
      .returning({ balance: adAccounts.balanceCents });
    if (!account) return { ok: false as const, reason: "balance_too_low" as const };
    // The audience was counted by the check just before: a launch from the balance counts once.
    await addToBudget(
      tx,
      campaign,
      { kind: "allocation", amountCents: input.amountCents },
      checked.audience,
    );
    return { ok: true as const };
  });
}

/** What an ended campaign did not spend goes to the advertiser's ad balance. */
async function releaseLeftover(tx: Transaction, campaign: SponsoredCampaign): Promise<void> {
  const leftover = campaign.budgetCents - campaign.spentCents;
  if (leftover <= 0) return;
  await tx.insert(adLedger).values({
    advertiserId: campaign.advertiserId,
    campaignId: campaign.id,
    kind: "release",
    amountCents: leftover,
    createdAt: now(),
  });
  await tx
    .update(sponsoredCampaigns)
    .set({ budgetCents: campaign.spentCents })
    .where(eq(sponsoredCampaigns.id, campaign.id));
  await tx
    .insert(adAccounts)
    .values({
      memberId: campaign.advertiserId,
      balanceCents: leftover,
      currency: campaign.currency,
    })
    .onConflictDoUpdate({
      target: adAccounts.memberId,
      set: { balanceCents: sql`${adAccounts.balanceCents} + ${leftover}` },
    });
}

/** Pause, resume or end. Ending keeps the unspent budget in the ad balance. */
export async function changeSponsoredCampaign(
  db: Executor,
  {
    advertiserId,
    campaignId,
    change,
  }: { advertiserId: string; campaignId: string; change: "pause" | "resume" | "end" },
): Promise<SponsoredResult> {
  if (!isUuid(campaignId)) return { ok: false, reason: "not_found" };
  return db.transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign || campaign.advertiserId !== advertiserId)
      return { ok: false as const, reason: "not_found" as const };
    const at = now();
    const to = (status: SponsoredCampaign["status"]) =>
      tx
        .update(sponsoredCampaigns)
        .set({ status, updatedAt: at, ...(status === "ended" ? { endedAt: at } : {}) })
        .where(eq(sponsoredCampaigns.id, campaignId));
    if (change === "pause" && campaign.status === "active") {
      await to("paused");
    } else if (change === "resume" && campaign.status === "paused") {
      const left = campaign.budgetCents - campaign.spentCents;
      await to(left >= campaign.pricePerSendCents ? "active" : "completed");
      await enqueue(tx, "sponsored:launch", { campaignId });
    } else if (change === "end" && campaign.status !== "ended") {
      await to("ended");
      await releaseLeftover(tx, campaign);
    } else {
      return { ok: false as const, reason: "not_changeable" as const };
    }
    log.info({ campaignId, change }, "sponsored campaign changed");
    return { ok: true as const };
  });
}

export interface SponsoredReport {
  delivered: number;
  opened: number;
  clicked: number;
  notInterested: number;
  /** Opened of delivered, and clicked of opened (click-to-open rate); null before the first. */
  openRate: number | null;
  clickToOpenRate: number | null;
  spentCents: number;
  remainingCents: number;
  days: { day: string; delivered: number; opened: number; clicked: number; spentCents: number }[];
}

/** The longest stretch of days the report shows, day by day. */
export const REPORT_DAYS_MAX = 366;

/** The campaign's metrics; by day of delivery for the chart and the CSV (bounded in days). */
export async function sponsoredReport(
  db: Executor,
  campaign: SponsoredCampaign,
): Promise<SponsoredReport> {
  const [totals] = await rowsOf<{
    delivered: number;
    opened: number;
    clicked: number;
    not_interested: number;
  }>(
    db,
    sql`select count(*)::int as delivered, count(opened_at)::int as opened,
          count(clicked_at)::int as clicked, count(not_interested_at)::int as not_interested
        from sponsored_deliveries where campaign_id = ${campaign.id}`,
  );
  const days = await rowsOf<{
    day: string;
    delivered: number;
    opened: number;
    clicked: number;
    spent: number;
  }>(
    db,
    sql`select to_char(date_trunc('day', delivered_at at time zone 'UTC'), 'YYYY-MM-DD') as day,
          count(*)::int as delivered, count(opened_at)::int as opened,
          count(clicked_at)::int as clicked, sum(price_cents)::int as spent
        from sponsored_deliveries where campaign_id = ${campaign.id}
        group by 1 order by 1 desc limit ${REPORT_DAYS_MAX}`,
  );
  const delivered = totals?.delivered ?? 0;
  const opened = totals?.opened ?? 0;
  const clicked = totals?.clicked ?? 0;
  return {
    delivered,
    opened,
    clicked,
    notInterested: totals?.not_interested ?? 0,
    openRate: delivered > 0 ? opened / delivered : null,
    clickToOpenRate: opened > 0 ? clicked / opened : null,
    spentCents: campaign.spentCents,
    remainingCents: campaign.budgetCents - campaign.spentCents,
    days: days.reverse().map((d) => ({
      day: d.day,
      delivered: d.delivered,
      opened: d.opened,
      clicked: d.clicked,
      spentCents: d.spent,
    })),
  };
}
