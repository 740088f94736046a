import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberSessions } from "@/db/schema";
import { testDb } from "@/db/testing";
import { createMember } from "@/db/testing/factories";
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
    expect(found).toMatchObject({ id: member.id, email: member.email, name: member.name });
    expect(found?.createdAt).toBeInstanceOf(Date);
    expect(Number.isNaN(found?.createdAt.getTime())).toBe(false);

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
