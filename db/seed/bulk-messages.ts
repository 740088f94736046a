import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { rowsOf } from "../sql";
import { demoAccount } from "./demo-accounts";
import { CHAT } from "./texts-chat";

/**
 * Messaging at size, for benchmarks (`npm run db:seed -- --messages N`): on top of a seeded data
 * set, about N messages written by PostgreSQL itself (INSERT … SELECT over generate_series — a
 * million rows take seconds, not a million round trips).
 *
 * What it guarantees, deterministically for a given data set (members taken in email order,
 * thread ids derived from their number):
 * - the recruiter demo account (Julia) is the HEAVY member: 5,000 conversations with members she
 *   is connected to (connections added where missing), about 30 % unread;
 * - one of them, with the member first in email order, holds 2,000 messages (the LONG thread),
 *   another one holds exactly 5 (the SHORT thread);
 * - one member who is not a demo account (the middle one in email order) has exactly 20
 *   conversations (SMALL_INBOX_THREADS): one inbox page, the same page the heavy member sees of
 *   her 5,000, so the two inboxes compare at equal work per page;
 * - every other message is in ten-message conversations between connected members who are not
 *   demo accounts (one conversation per pair, as the product keeps it), so the demo accounts'
 *   own inboxes stay as the demo seed made them.
 * Participant rows carry the kind and last message time the inbox pages by, as the app writes.
 */
export const HEAVY_THREADS = 5_000;
export const LONG_THREAD_MESSAGES = 2_000;
export const SHORT_THREAD_MESSAGES = 5;
export const SMALL_INBOX_THREADS = 20;
const HEAVY_THREAD_MESSAGES = 3;
const PAIR_THREAD_MESSAGES = 10;

export interface BulkMessagesSummary {
  threads: number;
  messages: number;
  heavyMemberEmail: string;
  longThreadId: string;
  shortThreadId: string;
}

/** A thread id from its number: the same data set gets the same ids. */
function threadId(n: SQLNumber) {
  return sql`md5('inmail-bulk-thread:' || ${n})::uuid`;
}
type SQLNumber = ReturnType<typeof sql>;

export async function seedBulkMessages(
  db: Executor,
  { messages, at }: { messages: number; at: Date },
): Promise<BulkMessagesSummary> {
  const heavyEmail = demoAccount("recruiter").email;
  const bodies = [
    ...new Set(
      Object.values(CHAT).flatMap((lang) => [...lang.openers, ...lang.replies, ...lang.answers]),
    ),
  ].filter((body) => body.length > 0);
  const pairThreads = Math.max(
    0,
    Math.ceil(
      (messages -
        (HEAVY_THREADS - 2) * HEAVY_THREAD_MESSAGES -
        LONG_THREAD_MESSAGES -
        SHORT_THREAD_MESSAGES) /
        PAIR_THREAD_MESSAGES,
    ),
  );
  const now = at.toISOString();

  return db.transaction(async (tx) => {
    const [heavy] = await rowsOf<{ id: string }>(
      tx,
      sql`select id from members where email = ${heavyEmail}`,
    );
    if (!heavy) throw new Error(`the bulk messages need the demo data set (${heavyEmail})`);
    await tx.execute(sql`
      create temp table bulk_members on commit drop as
        select (row_number() over (order by email) - 1)::int as i, id from members
        where email not like '%@demo.inmail.test'`);
    await tx.execute(sql`create unique index on bulk_members (i)`);
    await tx.execute(sql`create unique index on bulk_members (id)`);
    // Temporary tables have no statistics until analysed: without them the joins below over a
    // million connections are planned as nested loops and take minutes.
    await tx.execute(sql`analyze bulk_members`);
    const [counted] = await rowsOf<{ n: number }>(
      tx,
      sql`select count(*)::int as n from bulk_members`,
    );
    const population = counted?.n ?? 0;
    if (population < HEAVY_THREADS + 1) {
      throw new Error(
        `the bulk messages need more than ${HEAVY_THREADS} members (have ${population})`,
      );
    }

    // Every thread: its number, the two members, how many messages, when the last was sent,
    // and whether each side has read it. 7919 is prime and does not divide the population, so
    // the heavy member's partners are all different members.
    await tx.execute(sql`
      create temp table bulk_threads (
        n int primary key, id uuid not null, a uuid not null, b uuid not null,
        messages int not null, last_at timestamptz not null, a_read bool not null, b_read bool not null
      ) on commit drop`);
    await tx.execute(sql`
      insert into bulk_threads
      select k, ${threadId(sql`k`)}, ${heavy.id}::uuid, m.id,
        case k when 0 then ${LONG_THREAD_MESSAGES}::int when 1 then ${SHORT_THREAD_MESSAGES}::int
               else ${HEAVY_THREAD_MESSAGES}::int end,
        ${now}::timestamptz - (k * interval '37 minutes 11 seconds'),
        k % 10 >= 3, true
      from generate_series(0, ${HEAVY_THREADS - 1}::int) k
      join bulk_members m on m.i = (k * 7919) % ${population}::int`);
    await tx.execute(sql`analyze bulk_threads`);
    // The rest: connected pairs of non-demo members, every pair at most once, spread over the
    // whole graph by taking every `stride`-th pair in (email, email) order.
    if (pairThreads > 0) {
      const [pairs] = await rowsOf<{ n: number }>(
        tx,
        sql`select count(*)::int as n from connections c
            join bulk_members x on x.id = c.member_id
            join bulk_members y on y.id = c.connected_member_id
            where x.i < y.i`,
      );
      const available = pairs?.n ?? 0;
      const stride = Math.max(1, Math.floor(available / pairThreads));
      await tx.execute(sql`
        insert into bulk_threads
        select ${HEAVY_THREADS}::int + r, ${threadId(sql`(${HEAVY_THREADS}::int + r)`)}, a, b,
          ${PAIR_THREAD_MESSAGES}::int,
          ${now}::timestamptz - ((r * 7919) % 259200) * interval '1 minute',
          r % 10 >= 3, r % 7 >= 2
        from (
          select row_number() over (order by x.i, y.i) - 1 as r, x.id as a, y.id as b
          from connections c
          join bulk_members x on x.id = c.member_id
          join bulk_members y on y.id = c.connected_member_id
          where x.i < y.i
            and not exists (
              select 1 from thread_participants p join thread_participants q
                on q.thread_id = p.thread_id and q.member_id = y.id
              where p.member_id = x.id)) ordered
        where r % ${stride}::int = 0 and r / ${stride}::int < ${pairThreads}::int`);
    }

    // The small inbox: the middle member in email order gets conversations with the next
    // members after them they share none with, until they have SMALL_INBOX_THREADS (thread
    // numbers below zero, apart from the others).
    const [small] = await rowsOf<{ id: string; i: number; has: number }>(
      tx,
      sql`select s.id, s.i,
            (select count(*)::int from bulk_threads t where t.a = s.id or t.b = s.id)
            + (select count(*)::int from thread_participants x where x.member_id = s.id) as has
          from bulk_members s where s.i = ${Math.floor(population / 2)}::int`,
    );
    if (small && small.has < SMALL_INBOX_THREADS) {
      await tx.execute(sql`
        insert into bulk_threads
        select -1 - r, ${threadId(sql`(-1 - r)`)}, ${small.id}::uuid, id, ${PAIR_THREAD_MESSAGES}::int,
          ${now}::timestamptz - (r * interval '5 hours 13 minutes'), r % 10 >= 3, true
        from (
          select row_number() over (order by b.i) - 1 as r, b.id from (
            select b.i, b.id from bulk_members b
            where b.i > ${small.i}::int
              and not exists (select 1 from bulk_threads t
                where (t.a = ${small.id} and t.b = b.id) or (t.a = b.id and t.b = ${small.id}))
              and not exists (select 1 from thread_participants x join thread_participants y
                on y.thread_id = x.thread_id and y.member_id = b.id where x.member_id = ${small.id})
            order by b.i limit ${SMALL_INBOX_THREADS - small.has}::int) b
        ) partners`);
    }
    // Conversations need a connection (the reach rule): add the heavy member's and the small
    // inbox's where missing (the pairs above were chosen among connected members).
    await tx.execute(sql`
      insert into connections (member_id, connected_member_id, created_at)
      select x, y, ${now}::timestamptz - interval '400 days'
      from bulk_threads, lateral (values (a, b), (b, a)) pair(x, y)
      where n < ${HEAVY_THREADS}::int
      on conflict do nothing`);

    await tx.execute(sql`
      insert into threads (id, kind, subject, created_by_id, created_at, last_message_at)
      select id, 'message', '', a, last_at - (messages - 1) * interval '3 minutes', last_at
      from bulk_threads`);
    await tx.execute(sql`
      insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, last_read_at)
      select id, x, 'message', last_at, case when seen then last_at end
      from bulk_threads, lateral (values (a, a_read), (b, b_read)) side(x, seen)`);
    // Message j (0 = the first) of a thread, three minutes apart, the sides taking turns.
    await tx.execute(sql`
      insert into messages (thread_id, sender_id, body, created_at)
      select t.id, case when j % 2 = 0 then t.a else t.b end,
        (${sql.param(bodies)}::text[])[1 + abs(t.n * 31 + j) % ${bodies.length}::int],
        t.last_at - (t.messages - 1 - j) * interval '3 minutes'
      from bulk_threads t, lateral generate_series(0, t.messages - 1) j`);
    const [summary] = await rowsOf<{ threads: number; messages: number }>(
      tx,
      sql`select count(*)::int as threads, sum(messages)::int as messages from bulk_threads`,
    );
    const [long] = await rowsOf<{ id: string }>(tx, sql`select id from bulk_threads where n = 0`);
    const [short] = await rowsOf<{ id: string }>(tx, sql`select id from bulk_threads where n = 1`);
    return {
      threads: summary?.threads ?? 0,
      messages: summary?.messages ?? 0,
      heavyMemberEmail: heavyEmail,
      longThreadId: long?.id as string,
      shortThreadId: short?.id as string,
    };
  });
}

/** The long and short threads of a data set the bulk messages were written into, if any. */
export async function bulkThreads(
  db: Executor,
): Promise<{ longThreadId: string; shortThreadId: string } | null> {
  const [row] = await rowsOf<{ long: string | null; short: string | null }>(
    db,
    sql`select (select id from threads where id = md5('inmail-bulk-thread:0')::uuid) as long,
               (select id from threads where id = md5('inmail-bulk-thread:1')::uuid) as short`,
  );
  return row?.long && row.short ? { longThreadId: row.long, shortThreadId: row.short } : null;
}
