import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rowsOf } from "@/db/sql";

/**
 * Who a sponsored campaign reaches: one rule, in SQL, for the count before launch and for every
 * delivery. A member matches the campaign's filters (each empty list means anyone); of those,
 * some are excluded and counted as such, never sent to: members who blocked the advertiser, who
 * refuse InMail, who turned sponsored messages off (EU members are off until they turn them on,
 * as LinkedIn does since 2024) or who said "Not interested" to this advertiser.
 *
 * The SQL below expects `c` (sponsored_campaigns), `m` (members) and `cs` (their
 * communication_settings, left-joined: a member without a row has the defaults).
 */

/** The EU's member states (ISO 3166-1 alpha-2): sponsored messages are opt-in there. */
export const EU_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** Whether a member with this setting and country receives sponsored messages. */
export function sponsoredMessagesOn(setting: boolean | null, country: string): boolean {
  return setting ?? !(EU_COUNTRIES as readonly string[]).includes(country);
}

const euList = () => sql`${sql.param([...EU_COUNTRIES])}::text[]`;

/** The member matches the campaign's filters (and is not its advertiser). */
export const matchesAudience: SQL = sql`m.id <> c.advertiser_id
  and (cardinality(c.countries) = 0 or m.country = any(c.countries))
  and (cardinality(c.industries) = 0 or m.industry = any(c.industries))
  and (cardinality(c.languages) = 0 or m.locale = any(c.languages))
  and (cardinality(c.title_terms) = 0
       or exists (select 1 from unnest(c.title_terms) w where strpos(lower(m.title), w) > 0))
  and (cardinality(c.companies) = 0 or lower(trim(m.company)) = any(c.companies))`;

/**
 * Why a matching member is excluded, the first reason that applies; null if they are not.
 * `advertiser` is the campaign's advertiser: `c.advertiser_id` (the default) when the query
 * looks at one member, or the advertiser's id itself when it counts many — then the lists of
 * who blocked them and who said no are read once (hashed) instead of once per member.
 */
export function exclusionReason(advertiser: SQL = sql`c.advertiser_id`): SQL {
  return sql`case
    when m.id in (select b.blocker_id from blocks b where b.blocked_id = ${advertiser})
      then 'blocked'
    when not coalesce(cs.accepts_inmail, true) then 'refuses_inmail'
    when not coalesce(cs.sponsored_messages, not (m.country = any(${euList()})))
      or m.id in (select st.member_id from sponsored_stops st where st.advertiser_id = ${advertiser})
      then 'opted_out'
    else null end`;
}

export interface AudienceCount {
  /** Members who match the filters. */
  matching: number;
  /** Of them, those a message can reach. */
  reachable: number;
  excluded: { optedOut: number; refusesInmail: number; blocked: number };
}

/**
 * The campaign's audience as it stands: one pass over the members who match. Its cost grows
 * with the member table (a count, like LinkedIn's forecast), not with any request's input.
 */
export async function countAudience(db: Executor, campaignId: string): Promise<AudienceCount> {
  const [row] = await rowsOf<{
    matching: number;
    opted_out: number;
    refuses_inmail: number;
    blocked: number;
  }>(
    db,
    sql`select count(*)::int as matching,
          count(*) filter (where reason = 'opted_out')::int as opted_out,
          count(*) filter (where reason = 'refuses_inmail')::int as refuses_inmail,
          count(*) filter (where reason = 'blocked')::int as blocked
        from (
          select ${exclusionReason(sql`(select advertiser_id from sponsored_campaigns where id = ${campaignId})`)} as reason
          from sponsored_campaigns c
          join members m on ${matchesAudience}
          left join communication_settings cs on cs.member_id = m.id
          where c.id = ${campaignId}
        ) audience`,
  );
  const matching = row?.matching ?? 0;
  const excluded = {
    optedOut: row?.opted_out ?? 0,
    refusesInmail: row?.refuses_inmail ?? 0,
    blocked: row?.blocked ?? 0,
  };
  return {
    matching,
    reachable: matching - excluded.optedOut - excluded.refusesInmail - excluded.blocked,
    excluded,
  };
}
