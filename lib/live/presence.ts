import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { rowsOf } from "@/db/sql";

/**
 * Presence, the same on every instance because it lives in the database: a member is online
 * while a page of theirs holds an event stream (it touches the session every minute) or they
 * made a request in the last two minutes (every request slides the session). Members who turned
 * "Show when I'm active" off never appear online.
 */
export const ONLINE_WITHIN_SECONDS = 120;

/** Which of `memberIds` the viewer sees online: their connections who are active and show it. */
export async function onlineConnections(
  db: Executor,
  { viewerId, memberIds }: { viewerId: string; memberIds: string[] },
): Promise<Set<string>> {
  const ids = [...new Set(memberIds)].slice(0, 200);
  if (ids.length === 0) return new Set();
  const rows = await rowsOf<{ member_id: string }>(
    db,
    sql`select c.connected_member_id as member_id
        from connections c
        join communication_settings s on s.member_id = c.connected_member_id and s.show_presence
        where c.member_id = ${viewerId}
          and c.connected_member_id = any(${sql.param(ids)}::uuid[])
          and exists (
            select 1 from member_sessions ms
            where ms.member_id = c.connected_member_id and ms.revoked_at is null
              and ms.last_seen_at > now() - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
          )`,
  );
  return new Set(rows.map((r) => r.member_id));
}

/** Whether the member is online at all (sponsored delivery, whatever their privacy setting). */
export async function isOnline(db: Executor, memberId: string): Promise<boolean> {
  const [row] = await rowsOf<{ one: number }>(
    db,
    sql`select 1 as one from member_sessions
        where member_id = ${memberId} and revoked_at is null
          and last_seen_at > now() - make_interval(secs => ${ONLINE_WITHIN_SECONDS})
        limit 1`,
  );
  return Boolean(row);
}
