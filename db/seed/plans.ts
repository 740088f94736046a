import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { creditPackPrices, type NewPlan, plans } from "../schema";

/**
 * The plans (DESIGN.md, "Credits"): monthly allotment and rollover cap per plan, from LinkedIn's
 * help pages. Data, not code: services read them from the `plans` table.
 */
export const PLANS = [
  {
    id: "basic",
    name: "Basic",
    monthlyCredits: 0,
    creditCap: 0,
    priceCents: 0,
    currency: "usd",
    isPremium: false,
    recruiting: false,
    sortOrder: 0,
  },
  {
    id: "premium_career",
    name: "Premium Career",
    monthlyCredits: 5,
    creditCap: 15,
    priceCents: 2999,
    currency: "usd",
    isPremium: true,
    recruiting: false,
    sortOrder: 1,
  },
  {
    id: "premium_business",
    name: "Premium Business",
    monthlyCredits: 15,
    creditCap: 45,
    priceCents: 5999,
    currency: "usd",
    isPremium: true,
    recruiting: false,
    sortOrder: 2,
  },
  {
    id: "sales_navigator",
    name: "Sales Navigator",
    monthlyCredits: 50,
    creditCap: 150,
    priceCents: 9999,
    currency: "usd",
    isPremium: true,
    recruiting: true,
    sortOrder: 3,
  },
  {
    id: "recruiter_lite",
    name: "Recruiter Lite",
    monthlyCredits: 30,
    creditCap: 120,
    priceCents: 16999,
    currency: "usd",
    isPremium: true,
    recruiting: true,
    sortOrder: 4,
  },
] as const satisfies readonly NewPlan[];

export type PlanId = (typeof PLANS)[number]["id"];
export type PlanDefinition = (typeof PLANS)[number];

export function planById(id: PlanId): PlanDefinition {
  const plan = PLANS.find((p) => p.id === id);
  if (!plan) throw new Error(`unknown plan ${id}`);
  return plan;
}

/** Credit packs: 1–10 credits per purchase, about 10 USD per credit (LinkedIn's price). */
export const CREDIT_PACK_PRICES = [
  { currency: "usd", priceCentsPerCredit: 1000, minCredits: 1, maxCredits: 10 },
] as const;

/** Inserts or updates the plans and pack prices; safe to run on every start. */
export async function upsertPlans(db: Executor): Promise<void> {
  await db
    .insert(plans)
    .values([...PLANS])
    .onConflictDoUpdate({
      target: plans.id,
      set: {
        name: sql`excluded.name`,
        monthlyCredits: sql`excluded.monthly_credits`,
        creditCap: sql`excluded.credit_cap`,
        priceCents: sql`excluded.price_cents`,
        currency: sql`excluded.currency`,
        isPremium: sql`excluded.is_premium`,
        recruiting: sql`excluded.recruiting`,
        sortOrder: sql`excluded.sort_order`,
      },
    });
  await db
    .insert(creditPackPrices)
    .values([...CREDIT_PACK_PRICES])
    .onConflictDoUpdate({
      target: creditPackPrices.currency,
      set: {
        priceCentsPerCredit: sql`excluded.price_cents_per_credit`,
        minCredits: sql`excluded.min_credits`,
        maxCredits: sql`excluded.max_credits`,
      },
    });
}
