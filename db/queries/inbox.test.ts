import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDb } from "@/db/testing";
import { connect, createMember } from "@/db/testing/factories";
import { createSession } from "@/lib/auth/sessions";
import type { Executor } from "../client";
import { rowsOf } from "../sql";
import {
  countUnreadThreads,
  INBOX_FILTERS,
  type InboxFilter,
  inboxListQuery,
  inboxPageQuery,
  listInbox,
  UNREAD_COUNT_CAP,
  unreadCountQuery,
} from "./messaging";
import { threadMessages } from "./threads";

/**
 * `count` threads between `me` and `other`, written straight in SQL: thread i has its last
 * message at base + i·step µs (so several share a millisecond — the page boundary must not
 * round), every third is an InMail, every second unread, every fifth archived.
 */
async function threadsBetween(db: Executor, me: string, other: string, count: number) {
  await db.execute(sql`
    with made as (
      insert into threads (id, kind, subject, created_by_id, created_at, last_message_at)
      select gen_random_uuid(), case when i % 3 = 0 then 'inmail' else 'message' end::thread_kind,
        'Thread ' || i, ${other}, t, t
      from generate_series(1, ${count}) i,
        lateral (select timestamptz '2026-05-01' + i * interval '250 microseconds' as t) at
      returning id, kind, last_message_at, subject)
    , mine as (
      insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, last_read_at, archived)
      select id, ${me}, kind, last_message_at,
        case when substr(subject, 8)::int % 2 = 0 then null else last_message_at end,
        substr(subject, 8)::int % 5 = 0
      from made)
    , theirs as (
      insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, last_read_at)
      select id, ${other}, kind, last_message_at, last_message_at from made)
    insert into messages (thread_id, sender_id, body, created_at)
    select id, ${other}, 'Last of ' || subject, last_message_at from made`);
}

function expected(count: number, filter: InboxFilter): string[] {
  const numbers = Array.from({ length: count }, (_, k) => count - k);
  return numbers
    .filter((i) => {
      const archived = i % 5 === 0;
      if (filter === "archived") return archived;
      if (archived) return false;
      if (filter === "unread") return i % 2 === 0;
      if (filter === "inmail") return i % 3 === 0;
      return true;
    })
    .map((i) => `Thread ${i}`);
}

async function walk(db: Executor, memberId: string, filter: InboxFilter, limit: number) {
  const subjects: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await listInbox(db, { memberId, filter, after, limit });
    subjects.push(...result.threads.map((t) => t.subject));
    expect(result.threads.length).toBeLessThanOrEqual(limit);
    if (!result.next) return subjects;
    after = result.next;
  }
  throw new Error("the inbox never ended");
}

describe("inbox paging", () => {
  it("every filter walks every one of the member's threads exactly once, newest first", async () => {
    const db = testDb();
    const me = await createMember(db);
    const other = await createMember(db);
    const stranger = await createMember(db);
    await threadsBetween(db, me.id, other.id, 47);
    await threadsBetween(db, stranger.id, other.id, 12);
    for (const filter of ["all", "unread", "inmail", "archived"] as const) {
      expect(await walk(db, me.id, filter, 7)).toEqual(expected(47, filter));
    }
    const first = await listInbox(db, { memberId: me.id, limit: 3 });
    expect(first.threads.map((t) => [t.otherName, t.snippet])).toEqual([
      [other.name, "Last of Thread 47"],
      [other.name, "Last of Thread 46"],
      [other.name, "Last of Thread 44"],
    ]);
  });

  it("a cursor that is not one ours gives the first page, and a page is at most 50", async () => {
    const db = testDb();
    const me = await createMember(db);
    const other = await createMember(db);
    await threadsBetween(db, me.id, other.id, 70);
    const bogus = await listInbox(db, { memberId: me.id, after: "x'); drop table members; --" });
    expect(bogus.threads).toHaveLength(20);
    const huge = await listInbox(db, { memberId: me.id, limit: 10_000 });
    expect(huge.threads).toHaveLength(50);
    expect(huge.next).not.toBeNull();
  });

  it("counts unread threads, not archived ones, capped", async () => {
    const db = testDb();
    const me = await createMember(db);
    const other = await createMember(db);
    await threadsBetween(db, me.id, other.id, 30);
    expect(await countUnreadThreads(db, { memberId: me.id })).toBe(expected(30, "unread").length);
    await threadsBetween(db, me.id, other.id, 300);
    expect(await countUnreadThreads(db, { memberId: me.id })).toBe(UNREAD_COUNT_CAP);
    expect(await countUnreadThreads(db, { memberId: other.id })).toBe(0);
  });

  it("marks the other side online only for a connection who is active and shows it", async () => {
    const db = testDb();
    const me = await createMember(db);
    const [active, stranger, hidden, away] = [
      await createMember(db, { name: "Active" }),
      await createMember(db, { name: "Stranger" }),
      await createMember(db, { name: "Hidden", settings: { showPresence: false } }),
      await createMember(db, { name: "Away" }),
    ];
    for (const other of [active, stranger, hidden, away]) {
      await threadsBetween(db, me.id, other.id, 1);
      if (other !== stranger) await connect(db, me.id, other.id);
      await createSession(db, { memberId: other.id, userAgent: "test" });
    }
    await db.execute(
      sql`update member_sessions set last_seen_at = now() - interval '10 minutes'
          where member_id = ${away.id}`,
    );
    const online = async () => {
      const { threads } = await listInbox(db, { memberId: me.id, filter: "all" });
      return Object.fromEntries(threads.map((t) => [t.otherName, t.otherOnline]));
    };
    expect(await online()).toEqual({ Active: true, Stranger: false, Hidden: false, Away: false });
    // Seen from the other side: I hold no live session, so I am not online.
    const theirs = await listInbox(db, { memberId: active.id, filter: "all" });
    expect(theirs.threads.map((t) => t.otherOnline)).toEqual([false]);
  });

  it("reads presence by the two members' ids, never by who is online at all", async () => {
    const db = testDb();
    const me = await createMember(db);
    const others = await Promise.all(Array.from({ length: 30 }, () => createMember(db)));
    for (const other of others) {
      await threadsBetween(db, me.id, other.id, 1);
      await connect(db, me.id, other.id);
      await createSession(db, { memberId: other.id, userAgent: "test" });
    }
    await db.execute(sql`analyze`);
    // As below: a tiny table is rightly scanned; forbidding scans asks what the indexes allow.
    const list = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const query = inboxListQuery({
        memberId: me.id,
        filter: "all",
        after: null,
        until: null,
        limit: 21,
      });
      const rows = await rowsOf<{ "QUERY PLAN": string }>(tx, sql`explain ${query}`);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    // A hashed subplan would read every session seen in the last two minutes, whoever's.
    expect(list).not.toMatch(/hashed SubPlan|HashAggregate/i);
    const sessionReads = list.split("\n").filter((line) => /member_sessions/.test(line));
    expect(sessionReads.length).toBeGreaterThan(0);
    for (const [i, line] of list.split("\n").entries()) {
      if (!/on member_sessions/.test(line)) continue;
      expect(
        list
          .split("\n")
          .slice(i, i + 3)
          .join(" "),
      ).toMatch(/Index Cond: \(\(member_id =/);
    }
  });

  it("is served by the member's own index entries, in index order (no scan, no sort)", async () => {
    const db = testDb();
    const me = await createMember(db);
    const other = await createMember(db);
    await threadsBetween(db, me.id, other.id, 40);
    await db.execute(sql`analyze thread_participants`);
    const plans = await db.transaction(async (tx) => {
      // A test database is tiny, so the planner would rightly scan and sort it; forbidding both
      // asks whether an index CAN serve each query in order — the plan it takes at size (the
      // HTTP benchmark prints the plans on a million messages).
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      const out: Record<string, string> = {};
      const explain = async (name: string, query: ReturnType<typeof sql>) => {
        const rows = await rowsOf<{ "QUERY PLAN": string }>(tx, sql`explain ${query}`);
        out[name] = rows.map((r) => r["QUERY PLAN"]).join("\n");
      };
      for (const filter of INBOX_FILTERS) {
        await explain(filter, inboxPageQuery({ memberId: me.id, filter, after: null, limit: 21 }));
      }
      const cursor = (await listInbox(tx, { memberId: me.id, limit: 5 })).next;
      await explain(
        "second page",
        inboxPageQuery({ memberId: me.id, filter: "all", after: cursor, limit: 21 }),
      );
      await explain("unread count", unreadCountQuery(me.id));
      return out;
    });
    expect(plans.all).toMatch(/thread_participants_inbox_idx/);
    expect(plans["second page"]).toMatch(/Index Cond: .*last_message_at/);
    expect(plans.archived).toMatch(/thread_participants_archived_idx/);
    expect(plans.inmail).toMatch(/thread_participants_kind_idx/);
    expect(plans.unread).toMatch(/thread_participants_unread_idx/);
    expect(plans["unread count"]).toMatch(/Index Only Scan using thread_participants_unread_idx/);
    for (const plan of Object.values(plans)) {
      expect(plan).not.toMatch(/Seq Scan|Sort/);
    }
  });
});

describe("thread paging", () => {
  async function longThread(db: Executor, count: number) {
    const a = await createMember(db);
    const b = await createMember(db);
    const [thread] = await rowsOf<{ id: string }>(
      db,
      sql`insert into threads (kind, subject, created_by_id, created_at, last_message_at)
          values ('message', '', ${a.id}, now(), now()) returning id`,
    );
    const threadId = thread?.id as string;
    // Pairs of messages share a timestamp: order falls back to the id, never lost.
    await db.execute(sql`
      insert into messages (thread_id, sender_id, body, created_at)
      select ${threadId}, case when i % 2 = 0 then ${a.id}::uuid else ${b.id}::uuid end,
        'Message ' || i, timestamptz '2026-05-01' + (i / 2) * interval '1 minute'
      from generate_series(1, ${count}) i`);
    return threadId;
  }

  it("shows the latest messages and loads every older one exactly once", async () => {
    const db = testDb();
    const threadId = await longThread(db, 75);
    const all = await rowsOf<{ id: string }>(
      db,
      sql`select id from messages where thread_id = ${threadId} order by created_at, id`,
    );
    const seen: string[] = [];
    let page = await threadMessages(db, { threadId, limit: 30 });
    seen.unshift(...page.messages.map((m) => m.id));
    expect(page.messages).toHaveLength(30);
    while (page.earlier) {
      page = await threadMessages(db, { threadId, before: page.earlier, limit: 30 });
      seen.unshift(...page.messages.map((m) => m.id));
    }
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it("fills the gap between what was loaded and a newer window", async () => {
    const db = testDb();
    const threadId = await longThread(db, 50);
    const all = await rowsOf<{ id: string }>(
      db,
      sql`select id from messages where thread_id = ${threadId} order by created_at, id`,
    );
    const ids = all.map((r) => r.id);
    // The page once began at message 20; it now begins at message 28.
    const gap = await threadMessages(db, {
      threadId,
      since: ids[20] as string,
      before: ids[28] as string,
    });
    expect(gap.messages.map((m) => m.id)).toEqual(ids.slice(20, 28));
  });

  it("a cursor from another thread reads nothing", async () => {
    const db = testDb();
    const mine = await longThread(db, 5);
    const theirs = await longThread(db, 5);
    const [foreign] = await rowsOf<{ id: string }>(
      db,
      sql`select id from messages where thread_id = ${theirs} limit 1`,
    );
    const page = await threadMessages(db, { threadId: mine, before: foreign?.id as string });
    expect(page.messages).toEqual([]);
  });
});
