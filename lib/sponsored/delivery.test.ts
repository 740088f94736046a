import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type DatabaseHandle } from "@/db/client";
import { sponsoredDeliveries } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { testDatabaseUrl, testDb } from "@/db/testing";
import { block, createMember, sponsoredInput } from "@/db/testing/factories";
import { queuedJobs, runJobs } from "@/db/testing/jobs";
import { createSession, readLiveSession } from "@/lib/auth/sessions";
import { DAY, fixedClock, setClock } from "@/lib/clock";
import { fulfilOrder } from "@/lib/payments/orders";
import { countAudience } from "./audience";
import {
  adBalance,
  changeSponsoredCampaign,
  createBudgetOrder,
  createSponsoredCampaign,
  fundFromBalance,
  getSponsoredCampaign,
  sponsoredReport,
} from "./campaigns";
import { deliverSponsored, offerSponsored } from "./delivery";
import { clickSponsored, listSponsoredFor, notInterestedInSponsored, openSponsored } from "./inbox";

// Sponsored InMail on a real PostgreSQL: delivery only to members who are online, the frequency
// cap across advertisers and instances, budgets spent exactly, opens and clicks counted once.
// Every test targets members of a company of its own, so tests do not reach each other's.

const PRICE = 100;

beforeAll(async () => {
  // Numbers of the policy row (data): small audiences and budgets, so a test can count them.
  await testDb().execute(
    sql`update sponsored_policy set min_audience_size = 1, price_per_send_cents = ${PRICE},
          min_budget_cents = ${PRICE}, member_cap_count = 1, member_cap_days = 30`,
  );
});

const handles: DatabaseHandle[] = [];
afterEach(async () => {
  setClock(null);
  await Promise.all(handles.splice(0).map((h) => h.close()));
});

/** A second app instance: its own pool on the same database. */
function instance(): DatabaseHandle {
  const handle = connectPostgres(testDatabaseUrl(), { max: 4 });
  handles.push(handle);
  return handle;
}

function company(): string {
  return `Firm ${randomBytes(4).toString("hex")}`;
}

async function memberAt(
  companyName: string,
  options: {
    country?: string;
    online?: boolean;
    settings?: { acceptsInmail?: boolean; sponsoredMessages?: boolean | null };
  } = {},
) {
  const db = testDb();
  const member = await createMember(db, { settings: options.settings ?? {} });
  await db.execute(
    sql`update members set company = ${companyName}, country = ${options.country ?? "US"},
          title = 'Staff Engineer' where id = ${member.id}`,
  );
  if (options.online) await createSession(db, { memberId: member.id, userAgent: "test" });
  return member;
}

/** A running campaign aimed at one company, funded with `budget` cents through the checkout. */
async function runningCampaign(companyName: string, budget = 10 * PRICE) {
  const db = testDb();
  const advertiser = await createMember(db, { name: "Ada Advertiser" });
  const created = await createSponsoredCampaign(db, {
    advertiserId: advertiser.id,
    input: sponsoredInput({
      name: "Launch",
      subjectTemplate: "Hi {firstName}, meet our product",
      bodyTemplate: "Hello {firstName}, people at {company} like it.",
      ctaLabel: "Learn more",
      ctaUrl: "https://example.com/product",
      titleTerms: ["engineer"],
      companies: [companyName.toLowerCase()],
    }),
  });
  if (!created.ok) throw new Error(created.reason);
  await pay(advertiser.id, created.campaignId, budget);
  return { advertiser, campaignId: created.campaignId };
}

async function pay(advertiserId: string, campaignId: string, amountCents: number) {
  const db = testDb();
  const ordered = await createBudgetOrder(db, { advertiserId, campaignId, amountCents });
  if (!ordered.ok) throw new Error(ordered.reason);
  const paid = await fulfilOrder(db, {
    orderId: ordered.order.id,
    via: "local",
    memberId: advertiserId,
  });
  expect(paid).toEqual({ ok: true, granted: true });
  return ordered.order.id;
}

async function deliveriesTo(memberId: string) {
  return testDb()
    .select()
    .from(sponsoredDeliveries)
    .where(eq(sponsoredDeliveries.memberId, memberId));
}

/** The ledger's sums for a campaign, as the money columns must say. */
async function ledger(campaignId: string) {
  const [row] = await rowsOf<{ paid: number; spent: number; released: number; spends: number }>(
    testDb(),
    sql`select coalesce(sum(amount_cents) filter (where kind in ('payment', 'allocation')), 0)::int as paid,
          coalesce(sum(amount_cents) filter (where kind = 'spend'), 0)::int as spent,
          coalesce(sum(amount_cents) filter (where kind = 'release'), 0)::int as released,
          count(*) filter (where kind = 'spend')::int as spends
        from ad_ledger where campaign_id = ${campaignId}`,
  );
  return row as { paid: number; spent: number; released: number; spends: number };
}

describe("sponsored delivery", () => {
  it("is withheld while the member is offline and released on their first page view", async () => {
    const firm = company();
    const member = await memberAt(firm);
    const { campaignId } = await runningCampaign(firm);
    const db = testDb();

    expect(await deliverSponsored(db, { memberId: member.id })).toEqual({
      delivered: false,
      reason: "offline",
    });
    expect(await deliveriesTo(member.id)).toHaveLength(0);

    // A page view: the session is touched (online) and the event stream offers a delivery.
    await createSession(db, { memberId: member.id, userAgent: "test" });
    await offerSponsored(db, member.id);
    expect((await queuedJobs()).map((j) => j.key)).toContain(`sponsored:${member.id}`);
    await runJobs();

    const [delivery] = await deliveriesTo(member.id);
    expect(delivery).toMatchObject({ campaignId, priceCents: PRICE, openedAt: null });
    expect(delivery?.subject).toBe("Hi Member, meet our product");
    expect(delivery?.body).toContain(`people at ${firm} like it`);
    const campaign = await getSponsoredCampaign(db, {
      advertiserId: (await runningCampaignOwner(campaignId)) as string,
      campaignId,
    });
    expect(campaign).toMatchObject({ delivered: 1, spentCents: PRICE, budgetCents: 10 * PRICE });

    // Under the cap now: another page view queues nothing.
    await offerSponsored(db, member.id);
    expect((await queuedJobs()).map((j) => j.key)).not.toContain(`sponsored:${member.id}`);
  });

  it("delivers exactly one message when two tabs on two instances come online at once", async () => {
    const firm = company();
    const member = await memberAt(firm, { online: true });
    const first = await runningCampaign(firm);
    const second = await runningCampaign(firm);
    const [a, b] = [instance(), instance()];

    const outcomes = await Promise.all(
      [a, b, a, b, a, b].map((h) => deliverSponsored(h.db, { memberId: member.id })),
    );
    expect(outcomes.filter((o) => o.delivered)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.delivered && o.reason === "capped")).toHaveLength(5);
    expect(await deliveriesTo(member.id)).toHaveLength(1);
    const [spentFirst, spentSecond] = [
      await ledger(first.campaignId),
      await ledger(second.campaignId),
    ];
    expect(spentFirst.spends + spentSecond.spends).toBe(1);

    // A month later the cap allows one more: from the other campaign, never the same one again.
    setClock(fixedClock(new Date(Date.now() + 31 * DAY)));
    const later = await Promise.all(
      [a, b].map((h) => deliverSponsored(h.db, { memberId: member.id })),
    );
    expect(later.filter((o) => o.delivered)).toHaveLength(1);
    const campaigns = (await deliveriesTo(member.id)).map((d) => d.campaignId).sort();
    expect(campaigns).toEqual([first.campaignId, second.campaignId].sort());

    // And another month on, both campaigns have reached this member: nothing is left for them.
    setClock(fixedClock(new Date(Date.now() + 62 * DAY)));
    expect(await deliverSponsored(a.db, { memberId: member.id })).toEqual({
      delivered: false,
      reason: "nothing_to_deliver",
    });
  });

  it("spends a budget exactly under concurrent deliveries and stops at it", async () => {
    const firm = company();
    const audience = await Promise.all(
      Array.from({ length: 10 }, () => memberAt(firm, { online: true })),
    );
    const { campaignId, advertiser } = await runningCampaign(firm, 3 * PRICE);
    const [a, b] = [instance(), instance()];
    const outcomes = await Promise.all(
      audience.map((m, i) => deliverSponsored((i % 2 ? a : b).db, { memberId: m.id })),
    );
    expect(outcomes.filter((o) => o.delivered)).toHaveLength(3);
    const campaign = await getSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      campaignId,
    });
    expect(campaign).toMatchObject({
      status: "completed",
      delivered: 3,
      spentCents: 3 * PRICE,
      budgetCents: 3 * PRICE,
    });
    expect(await ledger(campaignId)).toEqual({
      paid: 3 * PRICE,
      spent: 3 * PRICE,
      released: 0,
      spends: 3,
    });

    // More budget sends it on, to the members it has not reached.
    await pay(advertiser.id, campaignId, 2 * PRICE);
    const more = await Promise.all(
      audience.map((m, i) => deliverSponsored((i % 2 ? a : b).db, { memberId: m.id })),
    );
    expect(more.filter((o) => o.delivered)).toHaveLength(2);
    expect(await ledger(campaignId)).toMatchObject({
      paid: 5 * PRICE,
      spent: 5 * PRICE,
      spends: 5,
    });
  });

  it("never targets opted-out, InMail-refusing or blocking members, and counts them as excluded", async () => {
    const firm = company();
    const eu = await memberAt(firm, { country: "DE", online: true });
    const euOptedIn = await memberAt(firm, {
      country: "IT",
      online: true,
      settings: { sponsoredMessages: true },
    });
    const optedOut = await memberAt(firm, { online: true, settings: { sponsoredMessages: false } });
    const refuses = await memberAt(firm, { online: true, settings: { acceptsInmail: false } });
    const blocker = await memberAt(firm, { online: true });
    const reachable = await memberAt(firm, { online: true });
    const { campaignId, advertiser } = await runningCampaign(firm);
    await block(testDb(), blocker.id, advertiser.id);

    expect(await countAudience(testDb(), campaignId)).toEqual({
      matching: 6,
      reachable: 2,
      excluded: { optedOut: 2, refusesInmail: 1, blocked: 1 },
    });
    for (const m of [eu, optedOut, refuses, blocker]) {
      expect(await deliverSponsored(testDb(), { memberId: m.id })).toMatchObject({
        delivered: false,
        reason: "nothing_to_deliver",
      });
    }
    for (const m of [euOptedIn, reachable]) {
      expect(await deliverSponsored(testDb(), { memberId: m.id })).toMatchObject({
        delivered: true,
      });
    }
    // The launch counted them the same way (before the block existed: 1 fewer blocked then).
    const campaign = await getSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      campaignId,
    });
    expect(campaign).toMatchObject({
      audienceSize: 6,
      excludedOptedOut: 2,
      excludedRefusesInmail: 1,
      excludedBlocked: 0,
    });
  });
});

describe("rendering for each member", () => {
  it("skips a campaign whose message has no value for the member, and delivers the next", async () => {
    const firm = company();
    const member = await memberAt(firm, { online: true });
    await testDb().execute(sql`update members set industry = '' where id = ${member.id}`);
    const needsIndustry = await runningCampaign(firm);
    await testDb().execute(
      sql`update sponsored_campaigns set subject_template = 'News for {industry}'
          where id = ${needsIndustry.campaignId}`,
    );
    const plain = await runningCampaign(firm);
    const outcome = await deliverSponsored(testDb(), { memberId: member.id });
    expect(outcome).toMatchObject({ delivered: true, campaignId: plain.campaignId });
    expect(await ledger(needsIndustry.campaignId)).toMatchObject({ spent: 0, spends: 0 });
  });
});

describe("the recipient's side", () => {
  it("counts an open and a click once per member, and only the recipient's own", async () => {
    const firm = company();
    const member = await memberAt(firm, { online: true });
    const stranger = await memberAt(company(), { online: true });
    const { campaignId, advertiser } = await runningCampaign(firm);
    const outcome = await deliverSponsored(testDb(), { memberId: member.id });
    if (!outcome.delivered) throw new Error("not delivered");
    const { deliveryId } = outcome;
    const db = testDb();

    expect(await openSponsored(db, { memberId: stranger.id, deliveryId })).toBeNull();
    expect(await clickSponsored(db, { memberId: stranger.id, deliveryId })).toBeNull();

    const opened = await openSponsored(db, { memberId: member.id, deliveryId });
    expect(opened).toMatchObject({ ctaLabel: "Learn more", advertiser: { id: advertiser.id } });
    const [afterOpen] = await deliveriesTo(member.id);
    await openSponsored(db, { memberId: member.id, deliveryId });
    expect((await deliveriesTo(member.id))[0]?.openedAt).toEqual(afterOpen?.openedAt);

    expect(await clickSponsored(db, { memberId: member.id, deliveryId })).toBe(
      "https://example.com/product",
    );
    const [afterClick] = await deliveriesTo(member.id);
    await Promise.all(
      [1, 2, 3].map(() => clickSponsored(instance().db, { memberId: member.id, deliveryId })),
    );
    expect((await deliveriesTo(member.id))[0]?.clickedAt).toEqual(afterClick?.clickedAt);

    const campaign = await getSponsoredCampaign(db, { advertiserId: advertiser.id, campaignId });
    if (!campaign) throw new Error("no campaign");
    expect(await sponsoredReport(db, campaign)).toMatchObject({
      delivered: 1,
      opened: 1,
      clicked: 1,
      notInterested: 0,
      openRate: 1,
      clickToOpenRate: 1,
      spentCents: PRICE,
    });
  });

  it("Not interested hides the message and stops that advertiser for that member", async () => {
    const firm = company();
    const member = await memberAt(firm, { online: true });
    const { advertiser, campaignId } = await runningCampaign(firm);
    const sessionId = await createSession(testDb(), { memberId: member.id, userAgent: "test" });
    // The session's statement says whether the inbox has a sponsored row to pin at all.
    const waiting = async () =>
      (await readLiveSession(testDb(), { sessionId, memberId: member.id }))?.shell.sponsoredWaiting;
    expect(await waiting()).toBe(false);
    const outcome = await deliverSponsored(testDb(), { memberId: member.id });
    if (!outcome.delivered) throw new Error("not delivered");
    expect((await listSponsoredFor(testDb(), { memberId: member.id })).items).toHaveLength(1);
    expect(await waiting()).toBe(true);

    expect(
      await notInterestedInSponsored(testDb(), {
        memberId: member.id,
        deliveryId: outcome.deliveryId,
      }),
    ).toBe(true);
    expect((await listSponsoredFor(testDb(), { memberId: member.id })).items).toHaveLength(0);
    expect(await waiting()).toBe(false);

    // The same advertiser's next campaign, a month later, does not reach this member.
    const next = await createSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      input: sponsoredInput({
        name: "Again",
        subjectTemplate: "Once more",
        bodyTemplate: "Still here.",
        ctaLabel: "Look",
        companies: [firm.toLowerCase()],
      }),
    });
    if (!next.ok) throw new Error(next.reason);
    await pay(advertiser.id, next.campaignId, 5 * PRICE);
    setClock(fixedClock(new Date(Date.now() + 31 * DAY)));
    expect(await deliverSponsored(testDb(), { memberId: member.id })).toMatchObject({
      delivered: false,
      reason: "nothing_to_deliver",
    });
    const campaign = await getSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      campaignId,
    });
    if (!campaign) throw new Error("no campaign");
    expect((await sponsoredReport(testDb(), campaign)).notInterested).toBe(1);
  });
});

describe("sponsored budgets", () => {
  it("are funded once per paid order, whatever repeats the confirmation", async () => {
    const firm = company();
    await memberAt(firm);
    await memberAt(firm);
    const advertiser = await createMember(testDb());
    const created = await createSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      input: sponsoredInput({ name: "Once", companies: [firm.toLowerCase()] }),
    });
    if (!created.ok) throw new Error(created.reason);
    const ordered = await createBudgetOrder(testDb(), {
      advertiserId: advertiser.id,
      campaignId: created.campaignId,
      amountCents: 7 * PRICE,
    });
    if (!ordered.ok) throw new Error(ordered.reason);
    const confirm = (h: DatabaseHandle) =>
      fulfilOrder(h.db, { orderId: ordered.order.id, via: "local", memberId: advertiser.id });
    const results = await Promise.all([instance(), instance(), instance()].map(confirm));
    expect(results.filter((r) => r.ok && r.granted)).toHaveLength(1);
    expect(await ledger(created.campaignId)).toMatchObject({ paid: 7 * PRICE });
    expect(
      await getSponsoredCampaign(testDb(), {
        advertiserId: advertiser.id,
        campaignId: created.campaignId,
      }),
    ).toMatchObject({ status: "active", budgetCents: 7 * PRICE, audienceSize: 2 });
  });

  it("refuses an audience under the minimum before any money moves", async () => {
    const firm = company();
    await memberAt(firm);
    await testDb().execute(sql`update sponsored_policy set min_audience_size = 2`);
    const advertiser = await createMember(testDb());
    const created = await createSponsoredCampaign(testDb(), {
      advertiserId: advertiser.id,
      input: sponsoredInput({ name: "Tiny", companies: [firm.toLowerCase()] }),
    });
    if (!created.ok) throw new Error(created.reason);
    expect(
      await createBudgetOrder(testDb(), {
        advertiserId: advertiser.id,
        campaignId: created.campaignId,
        amountCents: 5 * PRICE,
      }),
    ).toMatchObject({ ok: false, reason: "audience_too_small", values: { size: 1, min: 2 } });
    await testDb().execute(sql`update sponsored_policy set min_audience_size = 1`);
    // Another member's campaign is not found, exactly like a made-up one.
    const other = await createMember(testDb());
    expect(
      await createBudgetOrder(testDb(), {
        advertiserId: other.id,
        campaignId: created.campaignId,
        amountCents: 5 * PRICE,
      }),
    ).toMatchObject({ ok: false, reason: "not_found" });
  });

  it("keeps what an ended campaign left, and never lets the ad balance go below zero", async () => {
    const firm = company();
    const member = await memberAt(firm, { online: true });
    const { campaignId, advertiser } = await runningCampaign(firm, 5 * PRICE);
    expect(await deliverSponsored(testDb(), { memberId: member.id })).toMatchObject({
      delivered: true,
    });
    expect(
      await changeSponsoredCampaign(testDb(), {
        advertiserId: advertiser.id,
        campaignId,
        change: "end",
      }),
    ).toEqual({ ok: true });
    expect(await adBalance(testDb(), advertiser.id)).toBe(4 * PRICE);
    expect(await ledger(campaignId)).toEqual({
      paid: 5 * PRICE,
      spent: PRICE,
      released: 4 * PRICE,
      spends: 1,
    });
    // Ended twice is refused; the balance is released once.
    expect(
      await changeSponsoredCampaign(testDb(), {
        advertiserId: advertiser.id,
        campaignId,
        change: "end",
      }),
    ).toMatchObject({ ok: false, reason: "not_changeable" });

    // Two new campaigns each ask for the whole balance at once: one gets it.
    const drafts = await Promise.all(
      [1, 2].map(() =>
        createSponsoredCampaign(testDb(), {
          advertiserId: advertiser.id,
          input: sponsoredInput({ name: "From balance", companies: [firm.toLowerCase()] }),
        }),
      ),
    );
    const funded = await Promise.all(
      drafts.map((d, i) => {
        if (!d.ok) throw new Error(d.reason);
        return fundFromBalance((i ? instance() : instance()).db, {
          advertiserId: advertiser.id,
          campaignId: d.campaignId,
          amountCents: 4 * PRICE,
        });
      }),
    );
    expect(funded.filter((f) => f.ok)).toHaveLength(1);
    expect(funded.filter((f) => !f.ok && f.reason === "balance_too_low")).toHaveLength(1);
    expect(await adBalance(testDb(), advertiser.id)).toBe(0);
  });
});

async function runningCampaignOwner(campaignId: string): Promise<string | undefined> {
  const [row] = await rowsOf<{ advertiser_id: string }>(
    testDb(),
    sql`select advertiser_id from sponsored_campaigns where id = ${campaignId}`,
  );
  return row?.advertiser_id;
}
