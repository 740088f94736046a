import { asc, count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { isUuid } from "../ids";
import { connections, members } from "../schema";
import { rowsOf } from "../sql";

export type Degree = 0 | 1 | 2 | 3 | null;

export async function countConnections(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(connections)
    .where(eq(connections.memberId, memberId));
  return row?.n ?? 0;
}

export async function listConnectionsForMember(
  db: Executor,
  { memberId, limit = 50, offset = 0 }: { memberId: string; limit?: number; offset?: number },
) {
  return db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      headline: members.headline,
      photoId: members.photoId,
      location: members.location,
      connectedAt: connections.createdAt,
    })
    .from(connections)
    .innerJoin(members, eq(members.id, connections.connectedMemberId))
    .where(eq(connections.memberId, memberId))
    .orderBy(desc(connections.createdAt), asc(members.name))
    .limit(limit)
    .offset(offset);
}

/**
 * Degree of `otherId` as seen by `viewerId`: 0 self, 1–3, or null (out of network). Computed in
 * the database by bounded joins over the connection index; the graph never enters JavaScript.
 */
export async function degreeBetween(
  db: Executor,
  { viewerId, otherId }: { viewerId: string; otherId: string },
): Promise<Degree> {
  if (viewerId === otherId) return 0;
  const [row] = await rowsOf<{ degree: number | null }>(
    db,
    sql`select case
      when exists (select 1 from connections where member_id = ${viewerId} and connected_member_id = ${otherId}) then 1
      when exists (
        select 1 from connections a join connections b on b.member_id = a.connected_member_id
        where a.member_id = ${viewerId} and b.connected_member_id = ${otherId}) then 2
      when exists (
        select 1 from connections a
        join connections b on b.member_id = a.connected_member_id
        join connections c on c.member_id = b.connected_member_id
        where a.member_id = ${viewerId} and c.connected_member_id = ${otherId}) then 3
      else null end as degree`,
  );
  const degree = row?.degree ?? null;
  return degree === null ? null : (Number(degree) as Degree);
}

/**
 * Degrees of many members at once (a project page, a campaign summary), the same way search
 * computes them: the viewer's 1st and 2nd degree once, then a 3rd-degree probe per member.
 * At most 1,000 ids; ids that are not there are left out of the map.
 */
export async function degreesOf(
  db: Executor,
  { viewerId, memberIds }: { viewerId: string; memberIds: readonly string[] },
): Promise<Map<string, Degree>> {
  const ids = [...new Set(memberIds.filter((id) => isUuid(id)))].slice(0, 1_000);
  if (ids.length === 0) return new Map();
  const rows = await rowsOf<{ id: string; degree: number | null }>(
    db,
    sql`with first as materialized (
        select connected_member_id as id from connections where member_id = ${viewerId}
      ),
      second as materialized (
        select distinct b.connected_member_id as id
        from connections b join first f on b.member_id = f.id
        where b.connected_member_id <> ${viewerId}
          and b.connected_member_id not in (select id from first)
      )
      select m.id, case
        when m.id = ${viewerId} then 0
        when m.id in (select id from first) then 1
        when m.id in (select id from second) then 2
        when exists (select 1 from connections t
          where t.member_id = m.id and t.connected_member_id in (select id from second)) then 3
        end as degree
      from members m where m.id = any(${sql.param(ids)}::uuid[])`,
  );
  return new Map(
    rows.map((row) => [row.id, row.degree === null ? null : (Number(row.degree) as Degree)]),
  );
}

/** "People you may know": 2nd-degree members ranked by shared connections. */
export async function suggestConnections(
  db: Executor,
  { memberId, limit = 6 }: { memberId: string; limit?: number },
) {
  return rowsOf<{
    id: string;
    handle: string;
    name: string;
    headline: string;
    photoId: string | null;
    mutual: number;
  }>(
    db,
    sql`select m.id, m.handle, m.name, m.headline, m.photo_id as "photoId", count(*)::int as mutual
      from connections a
      join connections b on b.member_id = a.connected_member_id
      join members m on m.id = b.connected_member_id
      where a.member_id = ${memberId}
        and b.connected_member_id <> ${memberId}
        and not exists (select 1 from connections d where d.member_id = ${memberId} and d.connected_member_id = b.connected_member_id)
        and not exists (select 1 from blocks k where (k.blocker_id = ${memberId} and k.blocked_id = m.id) or (k.blocker_id = m.id and k.blocked_id = ${memberId}))
      group by m.id, m.handle, m.name, m.headline, m.photo_id
      order by mutual desc, m.name asc
      limit ${limit}`,
  );
}

export async function isBlockedEitherWay(
  db: Executor,
  { a, b }: { a: string; b: string },
): Promise<boolean> {
  const [row] = await rowsOf<{ blocked: boolean }>(
    db,
    sql`select exists (select 1 from blocks where (blocker_id = ${a} and blocked_id = ${b}) or (blocker_id = ${b} and blocked_id = ${a})) as blocked`,
  );
  return Boolean(row?.blocked);
}
