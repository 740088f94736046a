import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import {
  archiveThreadAction,
  markThreadUnreadAction,
  unarchiveThreadAction,
} from "@/app/(app)/messaging/[threadId]/state-actions";
import { publicMemberColumns } from "@/db/queries/members";
import { countUnreadThreads, listInbox } from "@/db/queries/messaging";
import { members, threadParticipants } from "@/db/schema";
import { rowsOf } from "@/db/sql";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
import { setActionEnvironmentForTests } from "@/lib/actions/environment";
import type { CurrentMember } from "@/lib/auth/session";
import { replyToThread } from "./reply";

afterAll(() => setActionEnvironmentForTests(null));

/** What redirect() throws, as Next's does (the action client lets it through). */
class Redirected extends Error {
  readonly digest: string;
  constructor(readonly url: string) {
    super(`redirect:${url}`);
    this.digest = `NEXT_REDIRECT;replace;${url};307;`;
  }
}

async function signIn(id: string) {
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
      clientAddress: "203.0.113.7",
      locale: "en",
    }),
    revalidate: () => {},
    redirect: (url: string) => {
      throw new Redirected(url);
    },
    setCookie: async () => {},
  });
}

const form = (threadId: string) => {
  const data = new FormData();
  data.set("threadId", threadId);
  return data;
};

/** A conversation between two connected members that both have read. */
async function conversation() {
  const db = testDb();
  const a = await createMember(db, { name: "Anna Archiv" });
  const b = await createMember(db, { name: "Bruno Berg" });
  const [thread] = await rowsOf<{ id: string }>(
    db,
    sql`insert into threads (kind, subject, created_by_id, created_at, last_message_at)
        values ('message', '', ${a.id}, now(), now()) returning id`,
  );
  const threadId = thread?.id as string;
  await db.execute(sql`
    insert into thread_participants (thread_id, member_id, thread_kind, last_message_at, last_read_at)
    values (${threadId}, ${a.id}, 'message', now(), now()), (${threadId}, ${b.id}, 'message', now(), now())`);
  await db.execute(sql`
    insert into messages (thread_id, sender_id, body, created_at)
    values (${threadId}, ${a.id}, 'Hello', now())`);
  return { a, b, threadId };
}

const inboxIds = async (memberId: string, filter: "all" | "unread" | "inmail" | "archived") =>
  (await listInbox(testDb(), { memberId, filter })).threads.map((t) => t.id);

describe("archive, unarchive, mark as unread", () => {
  it("archives out of All into Archived, for the member only, and back", async () => {
    const { a, b, threadId } = await conversation();
    await signIn(a.id);
    await expect(archiveThreadAction(null, form(threadId))).rejects.toThrow(
      "redirect:/messaging?archived=1",
    );
    expect(await inboxIds(a.id, "all")).not.toContain(threadId);
    expect(await inboxIds(a.id, "archived")).toEqual([threadId]);
    // The other side's inbox is theirs.
    expect(await inboxIds(b.id, "all")).toContain(threadId);

    expect(await unarchiveThreadAction(null, form(threadId))).toEqual({ ok: true });
    expect(await inboxIds(a.id, "all")).toContain(threadId);
    expect(await inboxIds(a.id, "archived")).toEqual([]);
  });

  it("brings an archived conversation back when a new message arrives", async () => {
    const { a, b, threadId } = await conversation();
    await signIn(a.id);
    await expect(archiveThreadAction(null, form(threadId))).rejects.toThrow(/redirect/);
    await testDb().execute(sql`insert into connections (member_id, connected_member_id)
      values (${a.id}, ${b.id}), (${b.id}, ${a.id}) on conflict do nothing`);
    const reply = await replyToThread(testDb(), {
      threadId,
      memberId: b.id,
      body: "Are you there?",
      kind: "text",
      idempotencyKey: crypto.randomUUID(),
    });
    expect(reply.ok).toBe(true);
    expect(await inboxIds(a.id, "all")).toContain(threadId);
    expect(await inboxIds(a.id, "unread")).toContain(threadId);
  });

  it("marks a read conversation unread: the Unread filter and the badge count it", async () => {
    const { a, threadId } = await conversation();
    await signIn(a.id);
    expect(await countUnreadThreads(testDb(), { memberId: a.id })).toBe(0);
    await expect(markThreadUnreadAction(null, form(threadId))).rejects.toThrow(
      "redirect:/messaging",
    );
    expect(await inboxIds(a.id, "unread")).toEqual([threadId]);
    expect(await countUnreadThreads(testDb(), { memberId: a.id })).toBe(1);
  });

  it("answers a thread the member is not in exactly like one that does not exist", async () => {
    const { threadId } = await conversation();
    const outsider = await createMember(testDb(), { name: "Olga Outsider" });
    await signIn(outsider.id);
    const missing = crypto.randomUUID();
    for (const action of [archiveThreadAction, unarchiveThreadAction, markThreadUnreadAction]) {
      const theirs = await action(null, form(threadId));
      const nobody = await action(null, form(missing));
      expect(theirs).toMatchObject({ ok: false, formError: "refusals.not_found" });
      // The same answer, apart from the caller's own input echoed back.
      expect({ ...nobody, values: undefined }).toEqual({ ...theirs, values: undefined });
    }
    const rows = await testDb()
      .select({ archived: threadParticipants.archived, lastReadAt: threadParticipants.lastReadAt })
      .from(threadParticipants)
      .where(eq(threadParticipants.threadId, threadId));
    expect(rows.every((r) => !r.archived && r.lastReadAt !== null)).toBe(true);
  });
});
