import { and, asc, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { Executor } from "../client";
import {
  creditGrants,
  creditLedgerEntries,
  creditOrders,
  inmails,
  members,
  threads,
} from "../schema";

/** The balance is the sum of the ledger — never a counter kept beside it. */
export async function ledgerBalance(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${creditLedgerEntries.delta}), 0)::int` })
    .from(creditLedgerEntries)
    .where(eq(creditLedgerEntries.memberId, memberId));
  return Number(row?.n ?? 0);
}

/** Every ledger entry of the member, newest first, with what it was for (InMail, order). */
export async function listLedgerForMember(
  db: Executor,
  { memberId, limit = 200 }: { memberId: string; limit?: number },
) {
  return db
    .select({
      id: creditLedgerEntries.id,
      kind: creditLedgerEntries.kind,
      delta: creditLedgerEntries.delta,
      withheld: creditLedgerEntries.withheld,
      reason: creditLedgerEntries.reason,
      occurredAt: creditLedgerEntries.occurredAt,
      expiresAt: creditGrants.expiresAt,
      inmailThreadId: inmails.threadId,
      inmailSubject: threads.subject,
      inmailRecipient: members.name,
      orderCredits: creditOrders.credits,
      orderAmountCents: creditOrders.amountCents,
      orderCurrency: creditOrders.currency,
    })
    .from(creditLedgerEntries)
    .leftJoin(creditGrants, eq(creditGrants.id, creditLedgerEntries.grantId))
    .leftJoin(inmails, eq(inmails.id, creditLedgerEntries.inmailId))
    .leftJoin(threads, eq(threads.id, inmails.threadId))
    .leftJoin(members, eq(members.id, inmails.recipientId))
    .leftJoin(creditOrders, eq(creditOrders.id, creditLedgerEntries.orderId))
    .where(eq(creditLedgerEntries.memberId, memberId))
    .orderBy(desc(creditLedgerEntries.occurredAt), desc(creditLedgerEntries.delta))
    .limit(limit);
}

export type LedgerRow = Awaited<ReturnType<typeof listLedgerForMember>>[number];

/** Unspent credits that expire before `until`, soonest first. */
export async function listExpiringCredits(
  db: Executor,
  { memberId, at, until }: { memberId: string; at: Date; until: Date },
) {
  return db
    .select({
      id: creditGrants.id,
      remaining: creditGrants.remaining,
      expiresAt: creditGrants.expiresAt,
      source: creditGrants.source,
    })
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.memberId, memberId),
        gt(creditGrants.remaining, 0),
        gt(creditGrants.expiresAt, at),
        lte(creditGrants.expiresAt, until),
      ),
    )
    .orderBy(asc(creditGrants.expiresAt));
}

/** The member's InMails still waiting for an answer, with the date their credit comes back. */
export async function listPendingInmails(db: Executor, { memberId }: { memberId: string }) {
  return db
    .select({
      id: inmails.id,
      threadId: inmails.threadId,
      subject: threads.subject,
      recipient: members.name,
      sentAt: inmails.sentAt,
      refundDueAt: inmails.refundDueAt,
      free: inmails.free,
    })
    .from(inmails)
    .innerJoin(threads, eq(threads.id, inmails.threadId))
    .innerJoin(members, eq(members.id, inmails.recipientId))
    .where(and(eq(inmails.senderId, memberId), eq(inmails.status, "awaiting_answer")))
    .orderBy(asc(inmails.refundDueAt));
}

/** Unspent, unexpired monthly credits: what cancelling Premium would forfeit. */
export async function monthlyCreditsHeld(
  db: Executor,
  { memberId, at }: { memberId: string; at: Date },
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${creditGrants.remaining}), 0)::int` })
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.memberId, memberId),
        eq(creditGrants.source, "monthly"),
        gt(creditGrants.remaining, 0),
        gt(creditGrants.expiresAt, at),
      ),
    );
  return Number(row?.n ?? 0);
}
