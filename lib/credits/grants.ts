import type { Transaction } from "@/db/client";
import { creditGrants, creditLedgerEntries } from "@/db/schema";
import { addDays } from "@/lib/clock";

export type GrantSource = "monthly" | "purchase" | "refund" | "adjustment";

/**
 * Adds a block of credits and its ledger entry, exactly once per idempotency key: a retry, a
 * duplicate webhook or a second sweeper finds the key taken and writes nothing. Returns the new
 * grant's id, or null when the key was already applied.
 */
export async function addGrant(
  tx: Transaction,
  grant: {
    memberId: string;
    source: GrantSource;
    amount: number;
    at: Date;
    lifetimeDays: number;
    idempotencyKey: string;
    reason: string;
    subscriptionId?: string;
    orderId?: string;
    inmailId?: string;
  },
): Promise<string | null> {
  if (!Number.isInteger(grant.amount) || grant.amount <= 0)
    throw new RangeError("a grant needs a positive amount");
  const [row] = await tx
    .insert(creditGrants)
    .values({
      memberId: grant.memberId,
      source: grant.source,
      amount: grant.amount,
      remaining: grant.amount,
      grantedAt: grant.at,
      expiresAt: addDays(grant.at, grant.lifetimeDays),
      subscriptionId: grant.subscriptionId,
      idempotencyKey: grant.idempotencyKey,
    })
    .onConflictDoNothing({ target: creditGrants.idempotencyKey })
    .returning({ id: creditGrants.id });
  if (!row) return null;
  await tx.insert(creditLedgerEntries).values({
    memberId: grant.memberId,
    kind: "grant",
    delta: grant.amount,
    grantId: row.id,
    orderId: grant.orderId,
    inmailId: grant.inmailId,
    reason: grant.reason,
    occurredAt: grant.at,
    idempotencyKey: `ledger:${grant.idempotencyKey}`,
  });
  return row.id;
}
