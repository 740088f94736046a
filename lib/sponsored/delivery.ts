import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { adLedger, sponsoredDeliveries } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { now } from "@/lib/clock";
import { recordEvents } from "@/lib/live/events";
import { isOnline, ONLINE_WITHIN_SECONDS } from "@/lib/live/presence";
import { log } from "@/lib/log";
import { recipientValues, renderTemplate } from "@/lib/recruiting/templates";
import { measureText } from "@/lib/text/count";
import { exclusionReason, matchesAudience } from "./audience";
import { getSponsoredPolicy } from "./campaigns";

// Delivery of sponsored messages: only to a member who is online, at most `memberCapCount` per
// `memberCapDays` across all advertisers, never twice from one campaign, each paid from its
// campaign's budget in the transaction that delivers it.
//
// A member comes online when a page of theirs opens its event stream (every page view, on any
// instance): offerSponsored queues one delivery job for them, keyed by member, so a burst of
// tabs is one job. The job's transaction takes the member's lock first, so two deliveries to
// one member — two tabs on two instances, two workers — take turns and the second finds the
// cap reached.

/** Campaigns a delivery looks at for one member, the oldest launch first. */
const CANDIDATES_PER_DELIVERY = 5;
/** Members one launch offers its message to at once (the rest on their next page view). */
export const LAUNCH_OFFERS_MAX = 1000;

const capWindow = sql`make_interval(days => (select member_cap_days from sponsored_policy))`;

/**
 * A page view (an event stream opening): queue a delivery job for the member if any campaign
 * runs and the member is under the cap. One statement, two index probes when there is nothing
 * to deliver.
 */
export async function offerSponsored(db: Executor, memberId: string): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
      identifier => 'sponsored:deliver',
      payload => json_build_object('memberId', ${memberId}::text)::json,
      job_key => ${`sponsored:${memberId}`}::text
    )
    where exists (select 1 from sponsored_campaigns where status = 'active')
      and (select count(*) from sponsored_deliveries
           where member_id = ${memberId} and delivered_at > ${now().toISOString()}::timestamptz - ${capWindow})
          < (select member_cap_count from sponsored_policy)`);
}

/** A campaign starts (or goes on): offer it to the members of its audience who are online now. */
export async function offerToOnlineAudience(db: Executor, campaignId: string): Promise<number> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`select graphile_worker.add_job(
          identifier => 'sponsored:deliver',
          payload => json_build_object('memberId', m.id::text)::json,
          job_key => 'sponsored:' || m.id::text
        )::text as id
        from sponsored_campaigns c
        join (
          select distinct member_id from member_sessions
          where revoked_at is null
            and last_seen_at > now() - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
        ) online on true
        join members m on m.id = online.member_id and ${matchesAudience}
        left join communication_settings cs on cs.member_id = m.id
        where c.id = ${campaignId} and c.status = 'active' and (${exclusionReason()}) is null
          and not exists (select 1 from sponsored_deliveries d
                          where d.campaign_id = c.id and d.member_id = m.id)
        limit ${LAUNCH_OFFERS_MAX}`,
  );
  return rows.length;
}

export type DeliveryOutcome =
  | { delivered: true; deliveryId: string; campaignId: string }
  | { delivered: false; reason: "offline" | "capped" | "nothing_to_deliver" };

interface Candidate extends Record<string, unknown> {
  id: string;
  advertiser_id: string;
  subject_template: string;
  body_template: string;
  name: string;
  company: string;
  title: string;
  location: string;
  industry: string;
  locale: string;
}

/**
 * Delivers the member's next sponsored message, if they are online and under the cap: the first
 * running campaign that targets them, has budget for one more send and renders within the
 * limits for them. Spend, delivery and ledger row are one transaction.
 */
export async function deliverSponsored(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<DeliveryOutcome> {
  const outcome = await db.transaction(async (tx): Promise<DeliveryOutcome> => {
    // The member's lock: every delivery to this member waits here for the one before.
    await tx.execute(
      sql`insert into sponsored_member_locks (member_id) values (${memberId}) on conflict do nothing`,
    );
    await tx.execute(
      sql`select 1 from sponsored_member_locks where member_id = ${memberId} for update`,
    );
    const at = now();
    const policy = await getSponsoredPolicy(tx);
    const [recent] = await rowsOf<{ n: number }>(
      tx,
      sql`select count(*)::int as n from sponsored_deliveries
          where member_id = ${memberId}
            and delivered_at > ${at.toISOString()}::timestamptz - make_interval(days => ${policy.memberCapDays})`,
    );
    if ((recent?.n ?? 0) >= policy.memberCapCount) return { delivered: false, reason: "capped" };
    if (!(await isOnline(tx, memberId))) return { delivered: false, reason: "offline" };

    const candidates = await rowsOf<Candidate>(
      tx,
      sql`select c.id, c.advertiser_id, c.subject_template, c.body_template,
            m.name, m.company, m.title, m.location, m.industry, m.locale
          from sponsored_campaigns c
          join members m on m.id = ${memberId} and ${matchesAudience}
          left join communication_settings cs on cs.member_id = m.id
          where c.status = 'active' and c.budget_cents - c.spent_cents >= c.price_per_send_cents
            and (${exclusionReason()}) is null
            and not exists (select 1 from sponsored_deliveries d
                            where d.campaign_id = c.id and d.member_id = m.id)
          order by c.launched_at, c.id
          limit ${CANDIDATES_PER_DELIVERY}`,
    );
    for (const candidate of candidates) {
      const values = recipientValues(candidate);
      const subject = renderTemplate(candidate.subject_template, values);
      const body = renderTemplate(candidate.body_template, values);
      // A template this member has no value for, or too long once filled in: not for them.
      if (!subject.ok || !body.ok) continue;
      if (!measureText(subject.text, policy.subjectMaxCharacters).ok) continue;
      if (!measureText(body.text, policy.bodyMaxCharacters).ok) continue;

      // The spend: only while the campaign runs and one send's worth is left. The campaign
      // completes with the send that leaves less than one more.
      const [spent] = await rowsOf<{ price: number }>(
        tx,
        sql`update sponsored_campaigns
            set spent_cents = spent_cents + price_per_send_cents,
                delivered = delivered + 1,
                status = case when budget_cents - spent_cents - price_per_send_cents
                                   < price_per_send_cents
                              then 'completed'::sponsored_status else status end,
                updated_at = ${at.toISOString()}::timestamptz
            where id = ${candidate.id} and status = 'active'
              and budget_cents - spent_cents >= price_per_send_cents
            returning price_per_send_cents as price`,
      );
      if (!spent) continue;
      const [delivery] = await tx
        .insert(sponsoredDeliveries)
        .values({
          campaignId: candidate.id,
          memberId,
          subject: subject.text,
          body: body.text,
          priceCents: spent.price,
          deliveredAt: at,
        })
        .returning({ id: sponsoredDeliveries.id });
      if (!delivery) throw new Error("sponsored delivery insert returned nothing");
      await tx.insert(adLedger).values({
        advertiserId: candidate.advertiser_id,
        campaignId: candidate.id,
        kind: "spend",
        amountCents: spent.price,
        deliveryId: delivery.id,
        createdAt: at,
      });
      // The member's inbox shows it now; the advertiser's report counts it.
      await recordEvents(tx, [
        { memberId, kind: "inbox" },
        { memberId: candidate.advertiser_id, kind: "inbox" },
      ]);
      return { delivered: true, deliveryId: delivery.id, campaignId: candidate.id };
    }
    return { delivered: false, reason: "nothing_to_deliver" };
  });
  if (outcome.delivered) log.info({ memberId, ...outcome }, "sponsored message delivered");
  return outcome;
}
