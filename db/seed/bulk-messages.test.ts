import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/db/testing";
import { now } from "@/lib/clock";
import { rowsOf } from "../sql";
import {
  type BulkMessagesSummary,
  HEAVY_THREADS,
  LONG_THREAD_MESSAGES,
  SHORT_THREAD_MESSAGES,
  SMALL_INBOX_THREADS,
  seedBulkMessages,
} from "./bulk-messages";
import { seedDemoData } from "./demo";
import { demoAccount } from "./demo-accounts";

// The benchmark data set at the smallest size it allows: what the benchmark relies on.
const MEMBERS = HEAVY_THREADS + 200;
const MESSAGES = 40_000;

let summary: BulkMessagesSummary;

beforeAll(async () => {
  await seedDemoData(testDb(), { members: MEMBERS });
  summary = await seedBulkMessages(testDb(), { messages: MESSAGES, at: now() });
}, 120_000);

async function inboxSizes() {
  return rowsOf<{ email: string; threads: number; unread: number }>(
    testDb(),
    sql`select m.email, count(*)::int as threads,
          count(*) filter (where p.last_read_at is null or p.last_read_at < p.last_message_at)::int as unread
        from thread_participants p join members m on m.id = p.member_id
        group by m.email`,
  );
}

describe("seedBulkMessages", () => {
  it("gives the heavy member 5,000 conversations, one of 2,000 messages and one of 5", async () => {
    const sizes = await inboxSizes();
    const heavy = sizes.find((s) => s.email === demoAccount("recruiter").email);
    // Her 5,000 and the few the demo seed gave her.
    expect(heavy?.threads).toBeGreaterThanOrEqual(HEAVY_THREADS);
    expect(heavy?.threads).toBeLessThan(HEAVY_THREADS + 20);
    expect(heavy?.unread).toBeGreaterThan(HEAVY_THREADS * 0.2);
    const [lengths] = await rowsOf<{ long: number; short: number }>(
      testDb(),
      sql`select (select count(*)::int from messages where thread_id = ${summary.longThreadId}) as long,
                 (select count(*)::int from messages where thread_id = ${summary.shortThreadId}) as short`,
    );
    expect(lengths).toEqual({ long: LONG_THREAD_MESSAGES, short: SHORT_THREAD_MESSAGES });
    expect(summary.messages).toBeGreaterThanOrEqual(MESSAGES);
    expect(summary.messages).toBeLessThan(MESSAGES * 1.01);
  });

  it("gives exactly one member who is not a demo account one inbox page of 20 conversations", async () => {
    const small = (await inboxSizes()).filter(
      (s) => s.threads === SMALL_INBOX_THREADS && !s.email.endsWith("@demo.inmail.test"),
    );
    expect(small).toHaveLength(1);
    expect(small[0]?.unread).toBeGreaterThan(0);
  });

  it("writes messages only between connected members, one conversation per pair, none empty", async () => {
    const [row] = await rowsOf<{
      unconnected: number;
      pairs: number;
      threads: number;
      empty: number;
    }>(
      testDb(),
      sql`select
          (select count(*)::int from thread_participants a
             join thread_participants b on b.thread_id = a.thread_id and b.member_id <> a.member_id
             where a.thread_kind = 'message' and not exists (select 1 from connections c
               where c.member_id = a.member_id and c.connected_member_id = b.member_id)) as unconnected,
          (select count(distinct (least(a.member_id::text, b.member_id::text), greatest(a.member_id::text, b.member_id::text)))::int
             from thread_participants a
             join thread_participants b on b.thread_id = a.thread_id and a.member_id < b.member_id
             where a.thread_kind = 'message') as pairs,
          (select count(*)::int from threads where kind = 'message') as threads,
          (select count(*)::int from threads t
             where not exists (select 1 from messages m where m.thread_id = t.id)) as empty`,
    );
    expect(row?.unconnected).toBe(0);
    expect(row?.pairs).toBe(row?.threads);
    expect(row?.empty).toBe(0);
  });

  it("keeps the policy rows compose and send need", async () => {
    const [row] = await rowsOf<{ inmail: number; recruiting: number; sponsored: number }>(
      testDb(),
      sql`select (select count(*)::int from inmail_policy) as inmail,
                 (select count(*)::int from recruiting_policy) as recruiting,
                 (select count(*)::int from sponsored_policy) as sponsored`,
    );
    expect(row).toEqual({ inmail: 1, recruiting: 1, sponsored: 1 });
  });
});
