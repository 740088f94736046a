import { and, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { receiptsAllowedBetween } from "@/db/queries/threads";
import { memberEvents, threadParticipants } from "@/db/schema";
import { preparedRowsOf, rowsOf } from "@/db/sql";

// Writing the events of the live inbox: always inside the transaction of the change itself, so an
// event exists exactly when its change does. The trigger announces it at commit.

export type LiveEventKind = "message" | "read" | "invitation" | "inbox";

/** The NOTIFY channel of the live inbox (lib/live/hub.ts listens; the trigger and typing talk). */
export const LIVE_CHANNEL = "inmail_live";

/** "… is typing" is never stored: a NOTIFY for the streams of the member it is meant for. */
export async function notifyTyping(
  db: Executor,
  { to, threadId, from }: { to: string; threadId: string; from: string },
): Promise<void> {
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${`t:${to}:${threadId}:${from}`})`);
}

export async function recordEvents(
  tx: Executor,
  events: { memberId: string; kind: LiveEventKind; threadId?: string; actorId?: string }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(memberEvents).values(
    events.map((e) => ({
      memberId: e.memberId,
      kind: e.kind,
      threadId: e.threadId ?? null,
      actorId: e.actorId ?? null,
    })),
  );
}

/** A new message: every participant hears of it (the sender's other tabs too). */
export async function recordMessageEvents(
  tx: Executor,
  { threadId, senderId }: { threadId: string; senderId: string },
): Promise<void> {
  const participants = await tx
    .select({ memberId: threadParticipants.memberId })
    .from(threadParticipants)
    .where(eq(threadParticipants.threadId, threadId));
  await recordEvents(
    tx,
    participants.map((p) => ({
      memberId: p.memberId,
      kind: "message",
      threadId,
      actorId: senderId,
    })),
  );
}

/** Whether both members allow read receipts and typing indicators between them. */
export async function receiptsAllowed(db: Executor, a: string, b: string): Promise<boolean> {
  const [row] = await rowsOf<{ on: boolean }>(
    db,
    sql`select ${receiptsAllowedBetween(a, b)} as on`,
  );
  return Boolean(row?.on);
}

export interface StoredEvent {
  id: number;
  kind: LiveEventKind;
  threadId: string | null;
  actorId: string | null;
  createdAt: Date;
}

/** The member's events after `afterId`, oldest first (bounded: a client that is further behind resyncs). */
export async function eventsAfter(
  db: Executor,
  { memberId, afterId, limit = 100 }: { memberId: string; afterId: number; limit?: number },
): Promise<StoredEvent[]> {
  return db
    .select({
      id: memberEvents.id,
      kind: memberEvents.kind,
      threadId: memberEvents.threadId,
      actorId: memberEvents.actorId,
      createdAt: memberEvents.createdAt,
    })
    .from(memberEvents)
    .where(and(eq(memberEvents.memberId, memberId), gt(memberEvents.id, afterId)))
    .orderBy(memberEvents.id)
    .limit(limit);
}

/** The newest event id of the member (where a fresh stream starts). */
export async function latestEventId(db: Executor, memberId: string): Promise<number> {
  const [row] = await preparedRowsOf<{ id: string | number }>(
    db,
    "latest_event_id",
    latestEventIdQuery(memberId),
  );
  return Number(row?.id ?? 0);
}

/** Where a live stream opened now starts, as a statement (or a scalar subquery of one). */
export function latestEventIdQuery(memberId: SQL | string): SQL {
  return sql`select coalesce(max(${memberEvents.id}), 0)::bigint as id from ${memberEvents}
    where ${memberEvents.memberId} = ${memberId}`;
}
