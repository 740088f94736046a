import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { ONLINE_WITHIN_SECONDS, onlineToViewer } from "@/db/queries/presence";
import { rowsOf } from "@/db/sql";

// Presence: the rule is db/queries/presence.ts (the inbox's own queries read it with each row).
export { ONLINE_WITHIN_SECONDS };

/** Which of `memberIds` the viewer sees online: their connections who are active and show it. */
export async function onlineConnections(
  db: Executor,
  { viewerId, memberIds }: { viewerId: string; memberIds: string[] },
): Promise<Set<string>> {
  const ids = [...new Set(memberIds)].slice(0, 200);
  if (ids.length === 0) return new Set();
  const rows = await rowsOf<{ member_id: string }>(
    db,
    sql`select x.id as member_id from unnest(${sql.param(ids)}::uuid[]) as x(id)
        where ${onlineToViewer(viewerId, sql`x.id`)}`,
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
