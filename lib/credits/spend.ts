import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { creditGrants, creditLedgerEntries, members } from "@/db/schema";

/**
 * Serializes every credit-changing transaction of one member on their member row. Two tabs or
 * fifty concurrent sends then take turns, and each sees what the previous one committed.
 */
export async function lockMemberCredits(tx: Transaction, memberId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: members.id })
    .from(members)
    .where(eq(members.id, memberId))
    .for("update");
  return rows.length === 1;
}

/**
 * Spends one credit, soonest-expiring first, inside the caller's transaction (which must hold
 * lockMemberCredits). The conditional UPDATE can never take a grant below zero. Returns the
 * grant it came from, or null when the member has no unexpired credit.
 */
export async function spendOneCredit(
  tx: Transaction,
  { memberId, inmailId, at }: { memberId: string; inmailId: string; at: Date },
): Promise<{ grantId: string } | null> {
  const [grant] = await tx
    .select({ id: creditGrants.id })
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.memberId, memberId),
        gt(creditGrants.remaining, 0),
        gt(creditGrants.expiresAt, at),
      ),
    )
    .orderBy(asc(creditGrants.expiresAt), asc(creditGrants.grantedAt), asc(creditGrants.id))
    .limit(1);
  if (!grant) return null;
  const [spent] = await tx
    .update(creditGrants)
    .set({ remaining: sql`${creditGrants.remaining} - 1` })
    .where(and(eq(creditGrants.id, grant.id), gt(creditGrants.remaining, 0)))
    .returning({ id: creditGrants.id });
  if (!spent) return null;
  await tx.insert(creditLedgerEntries).values({
    memberId,
    kind: "spend",
    delta: -1,
    grantId: spent.id,
    inmailId,
    reason: "inmail_sent",
    occurredAt: at,
    idempotencyKey: `ledger:spend:${inmailId}`,
  });
  return { grantId: spent.id };
}
