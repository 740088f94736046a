import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { activeSessionOf, ONLINE_WITHIN_SECONDS } from "@/db/queries/presence";
import { rowsOf } from "@/db/sql";

// Presence: the rule is db/queries/presence.ts (the inbox's and a thread's own queries read it
// with each row).
export { ONLINE_WITHIN_SECONDS };

/** Whether the member is online at all (sponsored delivery, whatever their privacy setting). */
export async function isOnline(db: Executor, memberId: string): Promise<boolean> {
  const [row] = await rowsOf<{ one: number }>(db, activeSessionOf(sql`${memberId}::uuid`));
  return Boolean(row);
}
