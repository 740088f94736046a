import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";
import {
  cursorTime,
  filterClause,
  type InboxFilter,
  parseCursor,
  type ThreadSummary,
} from "./messaging";
import { onlineToViewer } from "./presence";
import { prefixTsquery, queryWords } from "./search";

/** Results per page. */
export const INBOX_SEARCH_PAGE_SIZE = 20;
/**
 * Conversations one request looks through at most (newest first). A search that has not filled
 * its page by then says how far back it looked and offers to go on from there: the cost of a
 * request never depends on how many conversations the member has, nor on anyone else's.
 */
export const INBOX_SEARCH_WINDOW = 200;

export interface InboxSearchPage {
  threads: (ThreadSummary & { archived: boolean })[];
  /** Where the next request goes on from, or null when every conversation was looked at. */
  next: string | null;
  /**
   * The page stopped because it was full (more results may follow) or because the window ended
   * (`searchedBack` is how far back this request looked).
   */
  reason: "full" | "window" | "done";
  searchedBack: Date | null;
}

/** The search's one statement (exported for its EXPLAIN test). */
export function inboxSearchQuery({
  memberId,
  words,
  filter,
  after,
}: {
  memberId: string;
  words: string[];
  filter: InboxFilter;
  after: string | null;
}): SQL {
  const tsquery = sql`to_tsquery('simple', inmail_fold(${prefixTsquery(words)}))`;
  const cursor = parseCursor(after);
  const from = cursor
    ? sql`and (p.last_message_at, p.thread_id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
    : sql``;
  const size = INBOX_SEARCH_PAGE_SIZE;
  return sql`with q as (select ${tsquery} as query),
      win as (
        select p.thread_id, p.thread_kind, p.last_message_at, p.archived,
          (p.last_read_at is null or p.last_read_at < p.last_message_at) as unread
        from thread_participants p
        where p.member_id = ${memberId} and ${filterClause(filter)} ${from}
        order by p.last_message_at desc nulls last, p.thread_id desc nulls last
        limit ${INBOX_SEARCH_WINDOW}
      ),
      edge as (
        select count(*)::int as scanned,
          min(${cursorTime(sql`last_message_at`)} || '_' || thread_id) filter (where last) as last_cursor,
          min(last_message_at) as oldest
        from (select *, row_number() over (order by last_message_at desc, thread_id desc)
                = count(*) over () as last from win) w
      ),
      hits as (
        select win.*, t.subject, i.category, o.id as other_id, o.name as other_name,
          o.handle as other_handle, o.headline as other_headline,
          o.photo_id as other_photo_id, hit.snippet,
          ${cursorTime(sql`win.last_message_at`)} as cursor_at
        from win
        cross join q
        join threads t on t.id = win.thread_id
        left join inmails i on i.thread_id = win.thread_id
        left join lateral (
          select op.member_id from thread_participants op
          where op.thread_id = win.thread_id and op.member_id <> ${memberId} limit 1) op on true
        left join members o on o.id = op.member_id
        left join lateral (
          select left(m.body, 160) as snippet from messages m
          where m.thread_id = win.thread_id and m.search_document @@ q.query
          order by m.created_at desc, m.id desc limit 1) hit on true
        where hit.snippet is not null
          or to_tsvector('simple', inmail_fold(t.subject || ' ' || coalesce(o.name, ''))) @@ q.query
        order by win.last_message_at desc nulls last, win.thread_id desc nulls last
        limit ${size + 1}
      )
      select hits.*, ${onlineToViewer(memberId, sql`hits.other_id`)} as other_online,
        edge.scanned, edge.last_cursor, edge.oldest
      from edge left join hits on true
      order by hits.last_message_at desc nulls last, hits.thread_id desc nulls last`;
}

/**
 * Searches the member's own conversations (the ones `filter` shows) for every word of `q`, each as
 * a prefix, accent-folded: in one message of the thread, or in its subject and the other
 * member's name. It walks the member's participant rows by the inbox's own index, newest first,
 * at most INBOX_SEARCH_WINDOW of them, and for each reads only that thread's messages (by
 * messages_thread_idx, matching their stored documents) — never another member's mail.
 * The snippet is the latest matching message.
 */
export async function searchInbox(
  db: Executor,
  {
    memberId,
    q,
    filter = "all",
    after = null,
  }: { memberId: string; q: string; filter?: InboxFilter; after?: string | null },
): Promise<InboxSearchPage> {
  const words = queryWords(q);
  if (words.length === 0) return { threads: [], next: null, reason: "done", searchedBack: null };
  const size = INBOX_SEARCH_PAGE_SIZE;
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    inboxSearchQuery({ memberId, words, filter, after }),
  );
  const edge = rows[0];
  const hits = rows.filter((r) => r.thread_id != null);
  const shown = hits.slice(0, size);
  const threads = shown.map((r) => ({
    id: String(r.thread_id),
    kind: r.thread_kind as ThreadSummary["kind"],
    subject: String(r.subject ?? ""),
    category: (r.category as string | null) ?? null,
    lastMessageAt: new Date(r.last_message_at as string),
    unread: Boolean(r.unread),
    archived: Boolean(r.archived),
    otherId: String(r.other_id ?? ""),
    otherName: String(r.other_name ?? "—"),
    otherHandle: String(r.other_handle ?? ""),
    otherHeadline: String(r.other_headline ?? ""),
    otherPhotoId: (r.other_photo_id as string | null) ?? null,
    otherOnline: Boolean(r.other_online),
    // A match in the subject or the name alone: nothing of the bodies to show.
    snippet: String(r.snippet ?? ""),
  }));
  const lastShown = shown.at(-1);
  if (hits.length > size && lastShown) {
    return {
      threads,
      next: `${String(lastShown.cursor_at)}_${String(lastShown.thread_id)}`,
      reason: "full",
      searchedBack: null,
    };
  }
  const scanned = Number(edge?.scanned ?? 0);
  if (scanned >= INBOX_SEARCH_WINDOW && edge?.last_cursor) {
    return {
      threads,
      next: String(edge.last_cursor),
      reason: "window",
      searchedBack: new Date(edge.oldest as string),
    };
  }
  return { threads, next: null, reason: "done", searchedBack: null };
}
