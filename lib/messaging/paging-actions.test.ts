import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import {
  loadEarlierMessagesAction,
  loadInboxPageAction,
} from "@/app/(app)/messaging/inbox-actions";
import { publicMemberColumns } from "@/db/queries/members";
import { members } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { setActionEnvironmentForTests } from "@/lib/actions/environment";
import type { CurrentMember } from "@/lib/auth/session";

afterAll(() => setActionEnvironmentForTests(null));

async function signIn(id: string, locale = "en") {
  const [member] = await testDb()
    .select({
      ...publicMemberColumns,
      email: members.email,
      emailVerifiedAt: members.emailVerifiedAt,
    })
    .from(members)
    .where(eq(members.id, id));
  setActionEnvironmentForTests({
    caller: async () => ({
      member: member as CurrentMember,
      sessionId: null,
      clientAddress: "203.0.113.9",
      locale,
    }),
    revalidate: () => {},
    redirect: () => {
      throw new Error("no redirect expected");
    },
    setCookie: async () => {},
  });
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** A conversation of `count` messages between a and b, and threads for a's inbox. */
async function conversation(count: number) {
  const db = testDb();
  const a = await createMember(db, { name: "Anna Adler" });
  const b = await createMember(db, { name: "Bruno Berg" });
  const [thread] = await rowsOf<{ id: string }>(
    db,
    sql`insert into threads (kind, subject, created_by_id, created_at, last_message_at)
        values ('message', '', ${a.id}, now(), now()) returning id`,
  );
  const threadId = thread?.id as string;
  await db.execute(sql`
    insert into thread_participants (thread_id, member_id, thread_kind, last_message_at)
    values (${threadId}, ${a.id}, 'message', now()), (${threadId}, ${b.id}, 'message', now())`);
  await db.execute(sql`
    insert into messages (thread_id, sender_id, body, created_at)
    select ${threadId}, case when i % 2 = 0 then ${a.id}::uuid else ${b.id}::uuid end,
      'Message ' || i, timestamptz '2026-05-01' + i * interval '1 minute'
    from generate_series(1, ${count}) i`);
  const ids = await rowsOf<{ id: string }>(
    db,
    sql`select id from messages where thread_id = ${threadId} order by created_at, id`,
  );
  return { a, b, threadId, ids: ids.map((r) => r.id) };
}

describe("Show earlier messages", () => {
  it("gives a participant the messages before the cursor, in their language", async () => {
    const { a, threadId, ids } = await conversation(45);
    await signIn(a.id, "de");
    const state = await loadEarlierMessagesAction(
      null,
      form({ threadId, before: ids[15] as string }),
    );
    expect(state?.ok).toBe(true);
    const data = (
      state as { data: { items: { body: string; who: string }[]; earlier: string | null } }
    ).data;
    expect(data.items.map((item) => item.body)).toEqual(
      Array.from({ length: 15 }, (_, k) => `Message ${k + 1}`),
    );
    expect(data.earlier).toBeNull();
    expect(data.items[1]?.who).toBe("Sie");
    expect(data.items[0]?.who).toBe("Bruno Berg");
  });

  it("answers someone outside the thread exactly as for a thread that does not exist", async () => {
    const { threadId, ids } = await conversation(5);
    const outsider = await createMember(testDb());
    await signIn(outsider.id);
    const foreign = await loadEarlierMessagesAction(
      null,
      form({ threadId, before: ids[4] as string }),
    );
    const missing = await loadEarlierMessagesAction(
      null,
      form({ threadId: crypto.randomUUID(), before: ids[4] as string }),
    );
    // Only the echo of what was sent differs.
    const { values: _sent, ...foreignAnswer } = foreign as Record<string, unknown>;
    const { values: _other, ...missingAnswer } = missing as Record<string, unknown>;
    expect(foreignAnswer).toEqual(missingAnswer);
    expect(foreign).toMatchObject({ ok: false, formError: "refusals.not_found" });
  });
});

describe("Show more conversations", () => {
  it("pages the caller's own inbox only", async () => {
    const { a, b } = await conversation(3);
    await signIn(b.id);
    const mine = await loadInboxPageAction(null, form({ filter: "all", after: "" }));
    expect((mine as { data: { rows: { otherName: string }[] } }).data.rows).toEqual([
      expect.objectContaining({ otherName: a.name }),
    ]);
    const outsider = await createMember(testDb());
    await signIn(outsider.id);
    const theirs = await loadInboxPageAction(null, form({ filter: "all", after: "" }));
    expect((theirs as { data: { rows: unknown[]; next: null } }).data).toEqual({
      rows: [],
      next: null,
    });
    const bad = await loadInboxPageAction(null, form({ filter: "everything", after: "" }));
    expect(bad?.ok).toBe(false);
  });
});
