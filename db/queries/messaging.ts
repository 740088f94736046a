import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { preparedRowsOf } from "../sql";
import { onlineToViewer } from "./presence";

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
  otherPhotoId: string | null;
  /** The viewer sees the other side online (db/queries/presence.ts), read with the row. */
  otherOnline: boolean;
  snippet: string;
}

export const INBOX_FILTERS = ["all", "unread", "inmail", "archived"] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export function parseInboxFilter(value: unknown): InboxFilter {
  return INBOX_FILTERS.find((filter) => filter === value) ?? "all";
}

/** Threads per inbox page. */
export const INBOX_PAGE_SIZE = 20;
const INBOX_PAGE_MAX = 50;

/**
 * Where a page ends: the last row's (last_message_at, thread_id), the order the inbox is kept
 * in. The time is PostgreSQL's own text (microseconds), so no row is skipped or repeated at a
 * page boundary by rounding to milliseconds.
 */
export type InboxCursor = string;

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_([0-9a-f-]{36})$/;

export function parseCursor(value: unknown): { at: string; id: string } | null {
  if (typeof value !== "string" || value.length > 80) return null;
  const match = CURSOR.exec(value);
  return match ? { at: match[1] as string, id: match[2] as string } : null;
}

/** A timestamptz as cursor text: UTC, always six fractional digits. */
export function cursorTime(column: SQL): SQL {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * Each filter's WHERE clause, written exactly as the predicate of the index that serves it
 * (db/schema/messaging.ts), so the planner reads the member's own rows in order and stops after
 * one page: All and Archived walk `thread_participants_inbox_idx`, Unread the partial
 * `thread_participants_unread_idx`, InMail the partial `thread_participants_kind_idx`.
 */
export function filterClause(filter: InboxFilter): SQL {
  switch (filter) {
    case "unread":
      return sql`not p.archived and (p.last_read_at is null or p.last_read_at < p.last_message_at)`;
    case "inmail":
      return sql`not p.archived and p.thread_kind = 'inmail'`;
    case "archived":
      return sql`p.archived`;
    default:
      return sql`not p.archived`;
  }
}

/**
 * The rows of one inbox page, from the member's own participant rows only. The order is spelled
 * exactly as the indexes keep it (`desc nulls last`: the columns are never null, but PostgreSQL
 * only reads an index in order when the query asks for its order).
 */
export function inboxPageQuery({
  memberId,
  filter,
  after,
  until = null,
  limit,
}: {
  memberId: string;
  filter: InboxFilter;
  after: string | null;
  /** Down to this cursor, inclusive: the gap a live refresh opened above loaded pages. */
  until?: string | null;
  limit: number;
}): SQL {
  const cursor = parseCursor(after);
  const end = parseCursor(until);
  const from = cursor
    ? sql`and (p.last_message_at, p.thread_id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
    : sql``;
  const to = end
    ? sql`and (p.last_message_at, p.thread_id) >= (${end.at}::timestamptz, ${end.id}::uuid)`
    : sql``;
  return sql`select p.thread_id, p.thread_kind, p.last_message_at,
      (p.last_read_at is null or p.last_read_at < p.last_message_at) as unread
    from thread_participants p
    where p.member_id = ${memberId} and ${filterClause(filter)} ${from} ${to}
    order by p.last_message_at desc nulls last, p.thread_id desc nulls last
    limit ${limit}`;
}

/** The unread badge's query: at most UNREAD_COUNT_CAP of the member's unread index entries. */
export function unreadCountQuery(memberId: SQL | string): SQL {
  return sql`select count(*)::int as n from (
      select 1 from thread_participants p
      where p.member_id = ${memberId} and ${filterClause("unread")}
      limit ${UNREAD_COUNT_CAP}) unread`;
}

/**
 * One page of the member's inbox, newest first, from their own participant rows: one index
 * range read for the page, then one lookup per shown thread (subject, the other side, the last
 * message). `next` is the cursor of the following page, or null on the last one.
 */
export async function listInbox(
  db: Executor,
  {
    memberId,
    filter = "all",
    after = null,
    until = null,
    limit = INBOX_PAGE_SIZE,
  }: {
    memberId: string;
    filter?: InboxFilter;
    after?: string | null;
    until?: string | null;
    limit?: number;
  },
): Promise<{ threads: ThreadSummary[]; next: InboxCursor | null }> {
  const size = Math.min(Math.max(1, Math.trunc(limit)), INBOX_PAGE_MAX);
  // Every inbox page and thread page runs it: prepared (its text varies only with the filter and
  // the cursor's presence, a handful of statements per connection), so it is not planned per call.
  const rows = await preparedRowsOf<Record<string, unknown>>(
    db,
    "inbox_list",
    inboxListQuery({ memberId, filter, after, until, limit: size + 1 }),
  );
  const shown = rows.slice(0, size);
  const last = shown.at(-1);
  return {
    threads: shown.map((r) => ({
      id: String(r.id),
      kind: r.kind as ThreadSummary["kind"],
      subject: String(r.subject ?? ""),
      category: (r.category as string | null) ?? null,
      lastMessageAt: new Date(r.last_message_at as string),
      unread: Boolean(r.unread),
      otherId: String(r.other_id ?? ""),
      otherName: String(r.other_name ?? "—"),
      otherHandle: String(r.other_handle ?? ""),
      otherHeadline: String(r.other_headline ?? ""),
      otherPhotoId: (r.other_photo_id as string | null) ?? null,
      otherOnline: Boolean(r.other_online),
      snippet: String(r.snippet ?? ""),
    })),
    next: rows.length > size && last ? `${String(last.cursor_at)}_${String(last.id)}` : null,
  };
}

/**
 * The inbox page as rows: the page of participant rows (inboxPageQuery), then one lookup per
 * shown thread — its subject, InMail category, the other side and their presence, the last
 * message.
 */
export function inboxListQuery(page: {
  memberId: string;
  filter: InboxFilter;
  after: string | null;
  until: string | null;
  limit: number;
}): SQL {
  const { memberId } = page;
  return sql`with page as (${inboxPageQuery(page)})
        select page.thread_id as id, page.thread_kind as kind, page.last_message_at, page.unread,
          ${cursorTime(sql`page.last_message_at`)} as cursor_at,
          t.subject, i.category, o.id as other_id, o.name as other_name,
          o.handle as other_handle, o.headline as other_headline, o.photo_id as other_photo_id,
          last.snippet, ${onlineToViewer(memberId, sql`o.id`)} as other_online
        from page
        join threads t on t.id = page.thread_id
        left join inmails i on i.thread_id = page.thread_id
        left join lateral (
          select op.member_id from thread_participants op
          where op.thread_id = page.thread_id and op.member_id <> ${memberId} limit 1) op on true
        left join members o on o.id = op.member_id
        left join lateral (
          select left(m.body, 140) as snippet from messages m
          where m.thread_id = page.thread_id
          order by m.created_at desc, m.id desc limit 1) last on true
        order by page.last_message_at desc nulls last, page.thread_id desc nulls last`;
}

/** Beyond this the badge says "99+": the count stays an index read of at most this many rows. */
export const UNREAD_COUNT_CAP = 100;

/**
 * Unread threads of the member (not archived), counted from the partial index that holds only
 * their unread rows — index-only, never touching other members' data — and capped.
 */
export async function countUnreadThreads(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<number> {
  // Every signed-in page runs it (the badge): prepared, planned once per connection.
  const [row] = await preparedRowsOf<{ n: number }>(db, "unread_count", unreadCountQuery(memberId));
  return Number(row?.n ?? 0);
}
