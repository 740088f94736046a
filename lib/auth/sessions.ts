import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { pendingInvitationsCountQuery } from "@/db/queries/invitations";
import { unreadCountQuery } from "@/db/queries/messaging";
import { memberSessions } from "@/db/schema";
import { preparedRowsOf } from "@/db/sql";
import { latestEventIdQuery } from "@/lib/live/events";

// Sessions live in the database so they can be ended from the server. They use the database's
// wall clock (now()), not the business clock: moving the test clock forward 90 days must not
// sign anyone out.

import { SESSION_IDLE_DAYS, SESSION_MAX_DAYS } from "./session-limits";

export { SESSION_IDLE_DAYS, SESSION_MAX_DAYS };

/** lastSeenAt is written at most this often per session (one UPDATE, skipped in between). */
const TOUCH_EVERY_SECONDS = 60;

export function newSessionId(): string {
  return randomBytes(24).toString("base64url");
}

/** The shape of our ids; anything else names no session (and never reaches a query). */
export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && /^[\w-]{16,64}$/.test(value);
}

export async function createSession(
  db: Executor,
  { memberId, userAgent }: { memberId: string; userAgent: string },
): Promise<string> {
  const id = newSessionId();
  await db.insert(memberSessions).values({
    id,
    memberId,
    createdAt: sql`now()`,
    lastSeenAt: sql`now()`,
    expiresAt: sql`now() + make_interval(days => ${SESSION_MAX_DAYS})`,
    userAgent: userAgent.slice(0, 300),
  });
  return id;
}

/** The SQL condition "this session row is live", shared by every reader. */
export const sessionIsLive = sql`${memberSessions.revokedAt} is null
  and ${memberSessions.expiresAt} > now()
  and ${memberSessions.lastSeenAt} > now() - make_interval(days => ${SESSION_IDLE_DAYS})`;

/**
 * Slides the session: moves lastSeenAt to now if it is older than a minute. Returns true if it
 * wrote (callers use that as "the member is active" for presence).
 */
export async function touchSession(db: Executor, sessionId: string): Promise<boolean> {
  const touched = await db
    .update(memberSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(
      and(
        eq(memberSessions.id, sessionId),
        isNull(memberSessions.revokedAt),
        sql`${memberSessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})`,
      ),
    )
    .returning({ id: memberSessions.id });
  return touched.length > 0;
}

export async function revokeSession(
  db: Executor,
  { sessionId, memberId }: { sessionId: string; memberId?: string },
): Promise<boolean> {
  if (!isSessionId(sessionId)) return false;
  const revoked = await db
    .update(memberSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(memberSessions.id, sessionId),
        memberId ? eq(memberSessions.memberId, memberId) : undefined,
        isNull(memberSessions.revokedAt),
      ),
    )
    .returning({ id: memberSessions.id });
  return revoked.length > 0;
}

/** Ends every session of the member but `exceptSessionId` (all of them when it is null). */
export async function revokeMemberSessions(
  db: Executor,
  { memberId, exceptSessionId }: { memberId: string; exceptSessionId: string | null },
): Promise<number> {
  const revoked = await db
    .update(memberSessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(memberSessions.memberId, memberId),
        isNull(memberSessions.revokedAt),
        exceptSessionId ? ne(memberSessions.id, exceptSessionId) : undefined,
      ),
    )
    .returning({ id: memberSessions.id });
  return revoked.length;
}

/** Settings → Security: the member's live sessions, most recently used first (bounded). */
export async function listSessions(db: Executor, { memberId }: { memberId: string }) {
  return db
    .select({
      id: memberSessions.id,
      createdAt: memberSessions.createdAt,
      lastSeenAt: memberSessions.lastSeenAt,
      userAgent: memberSessions.userAgent,
    })
    .from(memberSessions)
    .where(and(eq(memberSessions.memberId, memberId), sessionIsLive))
    .orderBy(desc(memberSessions.lastSeenAt))
    .limit(50);
}

/** Whether the session still counts (an open event stream asks every minute). */
export async function isSessionLive(db: Executor, sessionId: string): Promise<boolean> {
  if (!isSessionId(sessionId)) return false;
  const [row] = await db
    .select({ id: memberSessions.id })
    .from(memberSessions)
    .where(and(eq(memberSessions.id, sessionId), sessionIsLive))
    .limit(1);
  return Boolean(row);
}

/** The member a live session belongs to, as every signed-in request reads it. */
export interface SessionMember {
  id: string;
  handle: string;
  name: string;
  headline: string;
  company: string;
  title: string;
  location: string;
  country: string;
  industry: string;
  about: string;
  locale: string;
  createdAt: Date;
  email: string;
  emailVerifiedAt: Date | null;
  timeZone: string;
  photoId: string | null;
  /** null until the onboarding after sign-up is done or skipped. */
  onboardedAt: Date | null;
}

/** What every signed-in page shows around its content: the two badges, where its live stream starts. */
export interface ShellFacts {
  unreadThreads: number;
  pendingInvitations: number;
  latestEventId: number;
  /** A sponsored message the member has not declined exists: the inbox reads it only then. */
  sponsoredWaiting: boolean;
}

/**
 * The session's member if the session is live, the slide of its lastSeenAt (as touchSession)
 * and the facts of the signed-in shell (three index reads of the member's own rows), in ONE
 * prepared statement: every signed-in request runs it.
 */
export async function readLiveSession(
  db: Executor,
  { sessionId, memberId }: { sessionId: string; memberId: string },
): Promise<{ member: SessionMember; shell: ShellFacts } | null> {
  type Row = Omit<SessionMember, "createdAt" | "emailVerifiedAt" | "onboardedAt"> & {
    createdAt: string;
    emailVerifiedAt: string | null;
    onboardedAt: string | null;
    unreadThreads: number;
    pendingInvitations: number;
    latestEventId: string | number;
    sponsoredWaiting: boolean;
  };
  // Raw SQL through drizzle's driver: timestamps come back as text.
  const [row] = await preparedRowsOf<Row & Record<string, unknown>>(
    db,
    "read_live_session",
    sql`with touched as (
        update member_sessions set last_seen_at = now()
        where ${memberSessions.id} = ${sessionId} and ${memberSessions.memberId} = ${memberId}
          and ${sessionIsLive}
          and ${memberSessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS})
        returning 1
      )
      select m.id, m.handle, m.name, m.headline, m.company, m.title, m.location, m.country,
        m.industry, m.about, m.locale, m.created_at as "createdAt", m.email,
        m.email_verified_at as "emailVerifiedAt", m.time_zone as "timeZone",
        m.photo_id as "photoId", m.onboarded_at as "onboardedAt",
        (${unreadCountQuery(sql`m.id`)}) as "unreadThreads",
        (${pendingInvitationsCountQuery(sql`m.id`)}) as "pendingInvitations",
        (${latestEventIdQuery(sql`m.id`)}) as "latestEventId",
        exists (select 1 from sponsored_deliveries sd
          where sd.member_id = m.id and sd.not_interested_at is null) as "sponsoredWaiting"
      from member_sessions join members m on m.id = ${memberSessions.memberId}
      where ${memberSessions.id} = ${sessionId} and ${memberSessions.memberId} = ${memberId}
        and ${sessionIsLive}`,
  );
  if (!row) return null;
  const { unreadThreads, pendingInvitations, latestEventId, sponsoredWaiting, ...member } = row;
  return {
    member: {
      ...member,
      createdAt: new Date(row.createdAt),
      emailVerifiedAt: row.emailVerifiedAt === null ? null : new Date(row.emailVerifiedAt),
      onboardedAt: row.onboardedAt === null ? null : new Date(row.onboardedAt),
    },
    shell: {
      unreadThreads: Number(unreadThreads),
      pendingInvitations: Number(pendingInvitations),
      latestEventId: Number(latestEventId),
      sponsoredWaiting: Boolean(sponsoredWaiting),
    },
  };
}
