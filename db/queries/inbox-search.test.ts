import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import type { Executor } from "../client";
import { rowsOf } from "../sql";
import { INBOX_SEARCH_WINDOW, inboxSearchQuery, searchInbox } from "./inbox-search";
import type { InboxFilter } from "./messaging";

/**
 * `count` threads between `me` and `other`, thread i (1 = oldest) with subject "Thread i", its
 * last message at base + i seconds, and two messages: "hello i" and `body(i)` (the latest).
 */
async function threads(
  db: Executor,
  me: string,
  other: string,
  count: number,
  body: (i: number) => string,
  options: { archived?: (i: number) => boolean; subject?: (i: number) => string } = {},
) {
  for (let i = 1; i <= count; i++) {
    const at = new Date(Date.UTC(2026, 4, 1) + i * 1000).toISOString();
    const subject = options.subject?.(i) ?? `Thread ${i}`;
    await db.execute(sql`
      with made as (
        insert into threads (kind, subject, created_by_id, created_at, last_message_at)
        values ('message', ${subject}, ${other}::uuid, ${at}::timestamptz, ${at}::timestamptz)
        returning id)
      , parts as (
        insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, archived)
        select id, ${me}::uuid, 'message'::thread_kind, ${at}::timestamptz,
          ${options.archived?.(i) ?? false} from made
        union all
        select id, ${other}::uuid, 'message'::thread_kind, ${at}::timestamptz, false from made)
      insert into messages (thread_id, sender_id, body, created_at)
      select id, ${other}::uuid, ${`hello ${i}`}, ${at}::timestamptz - interval '1 second' from made
      union all
      select id, ${other}::uuid, ${body(i)}, ${at}::timestamptz from made`);
  }
}

async function subjectsFound(memberId: string, q: string, filter: InboxFilter = "all") {
  const found: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const result = await searchInbox(testDb(), { memberId, q, filter, after });
    found.push(...result.threads.map((t) => t.subject));
    if (!result.next) return found;
    after = result.next;
  }
  throw new Error("search did not end");
}

describe("inbox search", () => {
  it("finds the member's own conversations by a message, the subject or the other's name", async () => {
    const me = await createMember(testDb());
    const birgit = await createMember(testDb(), { name: "Birgit Förster" });
    const stranger = await createMember(testDb());
    const strangerToo = await createMember(testDb());
    await threads(testDb(), me.id, birgit.id, 3, (i) =>
      i === 2 ? "The Q3 budget für München is approved" : `nothing to see ${i}`,
    );
    // Someone else's mail with the very same words is never found.
    await threads(testDb(), stranger.id, strangerToo.id, 3, () => "budget muenchen munchen");

    expect(await subjectsFound(me.id, "budget")).toEqual(["Thread 2"]);
    // Prefixes, any case, accents folded both ways; every word must match.
    expect(await subjectsFound(me.id, "BUDG munch")).toEqual(["Thread 2"]);
    expect(await subjectsFound(me.id, "budget approved rejected")).toEqual([]);
    // The other member's name (accents folded) and the subject.
    expect(await subjectsFound(me.id, "forster")).toEqual(["Thread 3", "Thread 2", "Thread 1"]);
    expect(await subjectsFound(me.id, "thread 1")).toEqual(["Thread 1"]);
    const [hit] = (await searchInbox(testDb(), { memberId: me.id, q: "budget" })).threads;
    expect(hit?.snippet).toBe("The Q3 budget für München is approved");
    // The stranger finds theirs, not mine.
    expect(await subjectsFound(stranger.id, "budget")).toEqual([
      "Thread 3",
      "Thread 2",
      "Thread 1",
    ]);
    // Operators and punctuation are only separators.
    expect(await subjectsFound(me.id, "budget:* | !approved")).toEqual(["Thread 2"]);
    expect(await searchInbox(testDb(), { memberId: me.id, q: "&|!()" })).toMatchObject({
      threads: [],
      next: null,
    });
  });

  it("searches within the filter: archived conversations only under Archived", async () => {
    const me = await createMember(testDb());
    const other = await createMember(testDb());
    await threads(testDb(), me.id, other.id, 4, () => "invoice attached", {
      archived: (i) => i % 2 === 0,
    });
    expect(await subjectsFound(me.id, "invoice")).toEqual(["Thread 3", "Thread 1"]);
    expect(await subjectsFound(me.id, "invoice", "archived")).toEqual(["Thread 4", "Thread 2"]);
  });

  it("looks through a bounded window per request and goes on from there, each match once", async () => {
    const me = await createMember(testDb());
    const other = await createMember(testDb());
    const count = INBOX_SEARCH_WINDOW * 2 + 50;
    // Every 9th thread matches: 50 matches spread over three windows.
    await threads(testDb(), me.id, other.id, count, (i) =>
      i % 9 === 0 ? `contract ${i}` : `small talk ${i}`,
    );
    const first = await searchInbox(testDb(), { memberId: me.id, q: "contract" });
    expect(first.threads).toHaveLength(20);
    expect(first.reason).toBe("full");
    const all = await subjectsFound(me.id, "contract");
    const expected = Array.from({ length: count }, (_, k) => count - k)
      .filter((i) => i % 9 === 0)
      .map((i) => `Thread ${i}`);
    expect(all).toEqual(expected);

    // Only the oldest thread matches: the first request stops at its window and says so.
    const lone = await createMember(testDb());
    await threads(testDb(), lone.id, other.id, INBOX_SEARCH_WINDOW + 5, (i) =>
      i === 1 ? "needle" : "hay",
    );
    const start = await searchInbox(testDb(), { memberId: lone.id, q: "needle" });
    expect(start).toMatchObject({ threads: [], reason: "window" });
    expect(start.searchedBack).toEqual(new Date(Date.UTC(2026, 4, 1) + 6 * 1000));
    const rest = await searchInbox(testDb(), { memberId: lone.id, q: "needle", after: start.next });
    expect(rest.threads.map((t) => t.subject)).toEqual(["Thread 1"]);
    expect(rest).toMatchObject({ next: null, reason: "done" });
  });

  it("reads the member's own index entries and each thread's own messages only", async () => {
    const me = await createMember(testDb());
    const other = await createMember(testDb());
    await threads(testDb(), me.id, other.id, 30, (i) => `note ${i}`);
    await testDb().execute(sql`analyze thread_participants`);
    await testDb().execute(sql`analyze messages`);
    const plan = await testDb().transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const rows = await rowsOf<{ "QUERY PLAN": string }>(
        tx,
        sql`explain ${inboxSearchQuery({ memberId: me.id, words: ["note"], filter: "all", after: null })}`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toMatch(/thread_participants_inbox_idx/);
    expect(plan).toMatch(/messages_thread_idx/);
    expect(plan).not.toMatch(/Seq Scan/);
  });
});
