import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { creditGrants, plans, subscriptions } from "../schema";

export async function listPlans(db: Executor) {
  return db.select().from(plans).orderBy(asc(plans.sortOrder));
}

/** One plan by its id, or null. */
export async function getPlan(db: Executor, { planId }: { planId: string }) {
  const [row] = await db.select().from(plans).where(eq(plans.id, planId)).limit(1);
  return row ?? null;
}

/** The member's active plan, or null for Basic. */
export async function getActivePlanForMember(db: Executor, { memberId }: { memberId: string }) {
  const [row] = await db
    .select({ plan: plans, subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(eq(subscriptions.memberId, memberId), eq(subscriptions.status, "active")))
    .limit(1);
  return row ?? null;
}

/** Credits the member can spend at `at`: unexpired, unspent remainders of their grants. */
export async function availableCredits(
  db: Executor,
  { memberId, at }: { memberId: string; at: Date },
) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${creditGrants.remaining}), 0)::int` })
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.memberId, memberId),
        gt(creditGrants.expiresAt, at),
        gt(creditGrants.remaining, 0),
      ),
    );
  return Number(row?.n ?? 0);
}
