import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countPendingInvitations } from "@/db/queries/invitations";
import { countUnreadThreads } from "@/db/queries/messaging";
import { memberSessions } from "@/db/schema";
import { testDb } from "@/db/testing";
import { block, connect, createMember } from "@/db/testing/factories";
import { latestEventId } from "@/lib/live/events";
import { sendMessage } from "@/lib/messaging/send-message";
import { inviteMember } from "@/lib/network/invitations";
import { createSession, readLiveSession, SESSION_IDLE_DAYS } from "./sessions";

async function lastSeen(sessionId: string): Promise<Date> {
  const [row] = await testDb()
    .select({ at: memberSessions.lastSeenAt })
    .from(memberSessions)
    .where(eq(memberSessions.id, sessionId));
  return row?.at as Date;
}

async function setLastSeen(sessionId: string, interval: string) {
  await testDb()
    .update(memberSessions)
    .set({ lastSeenAt: sql`now() - ${interval}::interval` })
    .where(eq(memberSessions.id, sessionId));
}

describe("readLiveSession", () => {
  it("answers a live session with its member, in one statement that slides lastSeenAt", async () => {
    const member = await createMember(testDb());
    const sessionId = await createSession(testDb(), { memberId: member.id, userAgent: "test" });
    const found = await readLiveSession(testDb(), { sessionId, memberId: member.id });
    expect(found?.member).toMatchObject({ id: member.id, email: member.email, name: member.name });
    expect(found?.member.createdAt).toBeInstanceOf(Date);
    expect(Number.isNaN(found?.member.createdAt.getTime())).toBe(false);
    expect(found?.shell).toEqual({
      unreadThreads: 0,
      pendingInvitations: 0,
      latestEventId: 0,
      sponsoredWaiting: false,
    });

    // Seen within the minute: not written again.
    await setLastSeen(sessionId, "10 seconds");
    const before = await lastSeen(sessionId);
    await readLiveSession(testDb(), { sessionId, memberId: member.id });
    expect(await lastSeen(sessionId)).toEqual(before);

    // Seen two minutes ago: moved to now.
    await setLastSeen(sessionId, "2 minutes");
    const old = await lastSeen(sessionId);
    await readLiveSession(testDb(), { sessionId, memberId: member.id });
    expect((await lastSeen(sessionId)).getTime()).toBeGreaterThan(old.getTime() + 60_000);
  });

  it("reads the shell's badges and live-stream start with it, as the counts on their own do", async () => {
    const db = testDb();
    const [me, writer, inviter, blocked] = [
      await createMember(db),
      await createMember(db),
      await createMember(db),
      await createMember(db),
    ];
    const sessionId = await createSession(db, { memberId: me.id, userAgent: "test" });
    await connect(db, writer.id, me.id);
    const sent = await sendMessage(db, {
      senderId: writer.id,
      recipientId: me.id,
      body: "Hello",
      idempotencyKey: randomUUID(),
    });
    if (!sent.ok) throw new Error(sent.reason);
    for (const from of [inviter, blocked]) {
      const invited = await inviteMember(db, { inviterId: from.id, inviteeId: me.id });
      if (!invited.ok) throw new Error("invite failed");
    }
    // An invitation from a member one has blocked is not counted (nor shown).
    await block(db, me.id, blocked.id);
    const found = await readLiveSession(db, { sessionId, memberId: me.id });
    expect(found?.shell).toEqual({
      unreadThreads: await countUnreadThreads(db, { memberId: me.id }),
      pendingInvitations: await countPendingInvitations(db, { memberId: me.id }),
      latestEventId: await latestEventId(db, me.id),
      sponsoredWaiting: false,
    });
    expect(found?.shell.unreadThreads).toBe(1);
    expect(found?.shell.pendingInvitations).toBe(1);
    expect(found?.shell.latestEventId).toBeGreaterThan(0);
  });

  it("answers nothing, and writes nothing, for a revoked, idle or someone else's session", async () => {
    const member = await createMember(testDb());
    const other = await createMember(testDb());
    const revoked = await createSession(testDb(), { memberId: member.id, userAgent: "test" });
    await testDb()
      .update(memberSessions)
      .set({ revokedAt: sql`now()` })
      .where(eq(memberSessions.id, revoked));
    expect(await readLiveSession(testDb(), { sessionId: revoked, memberId: member.id })).toBeNull();

    const idle = await createSession(testDb(), { memberId: member.id, userAgent: "test" });
    await setLastSeen(idle, `${SESSION_IDLE_DAYS + 1} days`);
    const idleSince = await lastSeen(idle);
    expect(await readLiveSession(testDb(), { sessionId: idle, memberId: member.id })).toBeNull();
    expect(await lastSeen(idle)).toEqual(idleSince);

    const live = await createSession(testDb(), { memberId: member.id, userAgent: "test" });
    expect(await readLiveSession(testDb(), { sessionId: live, memberId: other.id })).toBeNull();
  });
});
