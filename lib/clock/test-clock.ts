import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { testClock } from "@/db/schema";
import { env } from "@/lib/env";
import { setClockOffset } from "./index";

/**
 * The test clock lets a person or a journey move time forward to see renewals, 90-day expiry,
 * 7-day refunds and 3-day reminders happen. It lives in the database (shared by all instances)
 * and is refused in production: there the offset is never read, never written.
 */
export function testClockAvailable(): boolean {
  return env.devToolsEnabled;
}

/** Loads the shared offset into this process; called at the start of each signed-in request. */
export async function refreshTestClock(db: Executor): Promise<number> {
  if (!testClockAvailable()) return 0;
  const [row] = await db.select({ offsetMs: testClock.offsetMs }).from(testClock).limit(1);
  const offset = Number(row?.offsetMs ?? 0);
  setClockOffset(offset);
  return offset;
}

/** Moves the shared test clock forward (never backward: the ledger is append-only). */
export async function advanceTestClock(db: Executor, ms: number): Promise<number> {
  if (!testClockAvailable()) throw new Error("The test clock is disabled in production");
  if (!Number.isInteger(ms) || ms <= 0) throw new RangeError("The test clock only moves forward");
  const [row] = await db
    .insert(testClock)
    .values({ id: true, offsetMs: ms })
    .onConflictDoUpdate({
      target: testClock.id,
      set: { offsetMs: sql`${testClock.offsetMs} + ${ms}`, updatedAt: sql`now()` },
    })
    .returning({ offsetMs: testClock.offsetMs });
  const offset = Number(row?.offsetMs ?? 0);
  setClockOffset(offset);
  return offset;
}
