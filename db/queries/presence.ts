import { type SQL, sql } from "drizzle-orm";

/**
 * Presence lives in the database, so it is the same on every instance: a member is online while
 * a page of theirs holds an event stream (it touches the session every minute) or they made a
 * request in the last two minutes (every request slides the session).
 */
export const ONLINE_WITHIN_SECONDS = 120;

/**
 * Whether the viewer sees `member` online, as a value any query can carry (the inbox reads it
 * with each row): a connection of the viewer's, active, who has not turned "Show when I'm active"
 * off. Three index probes by the two members' ids — written as LIMIT 1 subqueries, not EXISTS,
 * because PostgreSQL may turn a correlated EXISTS into one hashed pass over every session active
 * in the last two minutes, which grows with everyone online (inbox.test.ts checks the plan).
 */
export function onlineToViewer(viewerId: string, member: SQL): SQL {
  return sql`coalesce((
    select true from connections c
    join communication_settings s on s.member_id = c.connected_member_id and s.show_presence
    join lateral (${activeSessionOf(sql`c.connected_member_id`)}) live on true
    where c.member_id = ${viewerId} and c.connected_member_id = ${member}
    limit 1), false)`;
}

/** One live session of `member` seen within ONLINE_WITHIN_SECONDS, if any: one index probe. */
export function activeSessionOf(member: SQL): SQL {
  return sql`select 1 as one from member_sessions ms
    where ms.member_id = ${member} and ms.revoked_at is null
      and ms.last_seen_at > now() - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
    limit 1`;
}
