import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";

/**
 * Serializes every invitation change between two parties (two member ids, or a member and an
 * email address) for the rest of the transaction, in either direction: two members inviting each
 * other at once are handled one after the other, so the second sees the first's invitation and
 * accepts it instead of adding a second one. The unique indexes remain the last line of defence.
 */
export async function lockPair(tx: Transaction, a: string, b: string): Promise<void> {
  const [low, high] = a < b ? [a, b] : [b, a];
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`invite:${low}:${high}`}, 0))`,
  );
}
