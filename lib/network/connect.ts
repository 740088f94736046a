import { and, eq, or } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { connections } from "@/db/schema";

/** Both directional rows of a connection; a repeat (double click, race) changes nothing. */
export async function insertConnection(
  tx: Transaction,
  { a, b, at }: { a: string; b: string; at: Date },
): Promise<void> {
  await tx
    .insert(connections)
    .values([
      { memberId: a, connectedMemberId: b, createdAt: at },
      { memberId: b, connectedMemberId: a, createdAt: at },
    ])
    .onConflictDoNothing();
}

export async function areConnected(db: Executor, a: string, b: string): Promise<boolean> {
  const [row] = await db
    .select({ id: connections.memberId })
    .from(connections)
    .where(and(eq(connections.memberId, a), eq(connections.connectedMemberId, b)))
    .limit(1);
  return Boolean(row);
}

/** Removes a connection (both rows). Idempotent: removing twice is not an error. */
export async function removeConnection(
  db: Executor,
  { memberId, otherId }: { memberId: string; otherId: string },
): Promise<{ ok: true; removed: boolean }> {
  const removed = await db
    .delete(connections)
    .where(
      or(
        and(eq(connections.memberId, memberId), eq(connections.connectedMemberId, otherId)),
        and(eq(connections.memberId, otherId), eq(connections.connectedMemberId, memberId)),
      ),
    )
    .returning({ id: connections.memberId });
  return { ok: true, removed: removed.length > 0 };
}
