import { and, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { connections, invitations, members } from "../schema";
import { rowsOf } from "../sql";
import { cursorTime, parseCursor } from "./messaging";

/** Invitations between members where one has blocked the other are not shown to either. */
const notBlocked = sql`not exists (select 1 from blocks k
  where (k.blocker_id = ${invitations.inviterId} and k.blocked_id = ${invitations.inviteeId})
     or (k.blocker_id = ${invitations.inviteeId} and k.blocked_id = ${invitations.inviterId}))`;

/** Pending invitations the member received, newest first, with the inviter's card. */
export async function listReceivedInvitations(
  db: Executor,
  { memberId, limit = 50 }: { memberId: string; limit?: number },
) {
  return db
    .select({
      id: invitations.id,
      note: invitations.note,
      createdAt: invitations.createdAt,
      member: {
        id: members.id,
        handle: members.handle,
        name: members.name,
        headline: members.headline,
        photoId: members.photoId,
      },
    })
    .from(invitations)
    .innerJoin(members, eq(members.id, invitations.inviterId))
    .where(and(eq(invitations.inviteeId, memberId), eq(invitations.status, "pending"), notBlocked))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

/** Pending invitations the member sent: to members (with their card) and to email addresses. */
export async function listSentInvitations(
  db: Executor,
  { memberId, limit = 50 }: { memberId: string; limit?: number },
) {
  const invitee = alias(members, "invitee");
  return db
    .select({
      id: invitations.id,
      note: invitations.note,
      createdAt: invitations.createdAt,
      email: invitations.inviteeEmail,
      member: {
        id: invitee.id,
        handle: invitee.handle,
        name: invitee.name,
        headline: invitee.headline,
        photoId: invitee.photoId,
      },
    })
    .from(invitations)
    .leftJoin(invitee, eq(invitee.id, invitations.inviteeId))
    .where(and(eq(invitations.inviterId, memberId), eq(invitations.status, "pending"), notBlocked))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
}

export async function countPendingInvitations(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, pendingInvitationsCountQuery(memberId));
  return Number(row?.n ?? 0);
}

/** The count behind the My Network badge, as a statement (or a scalar subquery of one). */
export function pendingInvitationsCountQuery(memberId: SQL | string): SQL {
  return sql`select count(*)::int as n from ${invitations}
    where ${invitations.inviteeId} = ${memberId} and ${invitations.status} = 'pending'
      and ${notBlocked}`;
}

export type InvitationState =
  | { kind: "none" }
  | { kind: "connected" }
  | { kind: "sent"; invitationId: string }
  | { kind: "received"; invitationId: string };

/** Where the viewer stands with another member: what a Connect button should offer. */
export async function invitationStateBetween(
  db: Executor,
  { viewerId, otherId }: { viewerId: string; otherId: string },
): Promise<InvitationState> {
  const [connected] = await db
    .select({ id: connections.memberId })
    .from(connections)
    .where(and(eq(connections.memberId, viewerId), eq(connections.connectedMemberId, otherId)))
    .limit(1);
  if (connected) return { kind: "connected" };
  const [pending] = await db
    .select({ id: invitations.id, inviterId: invitations.inviterId })
    .from(invitations)
    .where(
      and(
        eq(invitations.status, "pending"),
        or(
          and(eq(invitations.inviterId, viewerId), eq(invitations.inviteeId, otherId)),
          and(eq(invitations.inviterId, otherId), eq(invitations.inviteeId, viewerId)),
        ),
      ),
    )
    .limit(1);
  if (!pending) return { kind: "none" };
  return pending.inviterId === viewerId
    ? { kind: "sent", invitationId: pending.id }
    : { kind: "received", invitationId: pending.id };
}

/** The member's connections whose name or headline contains `query` (filtered in SQL). */
export const CONNECTIONS_PAGE_SIZE = 20;

/**
 * The member's connections, newest first, filtered by name or headline, one page at a time by
 * keyset (connected at, member id): `after` is the `next` of the page before.
 */
export async function searchConnectionsForMember(
  db: Executor,
  {
    memberId,
    query = "",
    limit = CONNECTIONS_PAGE_SIZE,
    after = null,
  }: { memberId: string; query?: string; limit?: number; after?: string | null },
) {
  const q = query.trim();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const cursor = parseCursor(after);
  const pageSize = Math.max(1, Math.min(Math.trunc(limit), 100));
  const rows = await db
    .select({
      id: members.id,
      handle: members.handle,
      name: members.name,
      headline: members.headline,
      photoId: members.photoId,
      connectedAt: connections.createdAt,
      cursorAt: cursorTime(sql`${connections.createdAt}`),
    })
    .from(connections)
    .innerJoin(members, eq(members.id, connections.connectedMemberId))
    .where(
      and(
        eq(connections.memberId, memberId),
        q ? or(ilike(members.name, pattern), ilike(members.headline, pattern)) : sql`true`,
        cursor
          ? sql`(${connections.createdAt}, ${members.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
          : sql`true`,
      ),
    )
    .orderBy(desc(connections.createdAt), desc(members.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    connections: page.map(({ cursorAt: _cursor, ...row }) => row),
    next: rows.length > pageSize && last ? `${last.cursorAt}_${last.id}` : null,
  };
}
