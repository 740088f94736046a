import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";

export interface ThreadSummary {
  id: string;
  kind: "inmail" | "message";
  subject: string;
  category: string | null;
  lastMessageAt: Date;
  unread: boolean;
  otherId: string;
  otherName: string;
  otherHandle: string;
  otherHeadline: string;
  snippet: string;
}

/** The member's threads, newest first; only threads the member takes part in. */
export type InboxFilter = "all" | "unread" | "inmail";

export async function listThreadsForMember(
  db: Executor,
  {
    memberId,
    filter = "all",
    limit = 50,
  }: { memberId: string; filter?: InboxFilter; limit?: number },
): Promise<ThreadSummary[]> {
  const filterSql =
    filter === "unread"
      ? sql`and (me.last_read_at is null or me.last_read_at < t.last_message_at)`
      : filter === "inmail"
        ? sql`and t.kind = 'inmail'`
        : sql``;
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`select t.id, t.kind, t.subject, i.category, t.last_message_at,
        (me.last_read_at is null or me.last_read_at < t.last_message_at) as unread,
        o.id as other_id, o.name as other_name, o.handle as other_handle, o.headline as other_headline,
        (select left(m.body, 140) from messages m where m.thread_id = t.id order by m.created_at desc limit 1) as snippet
      from thread_participants me
      join threads t on t.id = me.thread_id
      join thread_participants op on op.thread_id = t.id and op.member_id <> me.member_id
      join members o on o.id = op.member_id
      left join inmails i on i.thread_id = t.id
      where me.member_id = ${memberId} and not me.archived ${filterSql}
      order by t.last_message_at desc, t.id
      limit ${limit}`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as ThreadSummary["kind"],
    subject: String(r.subject ?? ""),
    category: (r.category as string | null) ?? null,
    lastMessageAt: new Date(r.last_message_at as string),
    unread: Boolean(r.unread),
    otherId: String(r.other_id),
    otherName: String(r.other_name),
    otherHandle: String(r.other_handle),
    otherHeadline: String(r.other_headline ?? ""),
    snippet: String(r.snippet ?? ""),
  }));
}

export async function countUnreadThreads(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from thread_participants me join threads t on t.id = me.thread_id
      where me.member_id = ${memberId} and not me.archived
        and (me.last_read_at is null or me.last_read_at < t.last_message_at)`,
  );
  return Number(row?.n ?? 0);
}
