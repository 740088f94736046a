import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { creditLedgerEntries, subscriptions } from "@/db/schema";
import { upsertPlans } from "@/db/seed/plans";
import { testDb } from "@/db/testing";
import { createMember, ledgerBalance } from "@/db/testing/factories";
import { subscribe } from "./subscriptions";

beforeAll(async () => {
  await upsertPlans(testDb());
});

async function subscriptionsOf(memberId: string) {
  return testDb()
    .select({ planId: subscriptions.planId, status: subscriptions.status })
    .from(subscriptions)
    .where(eq(subscriptions.memberId, memberId));
}

describe("subscribe at a confirmed price", () => {
  it("subscribes when the member confirmed the plan's own price", async () => {
    const member = await createMember(testDb());
    expect(
      await subscribe(testDb(), {
        memberId: member.id,
        planId: "premium_career",
        confirmed: { priceCents: 2999, currency: "usd" },
      }),
    ).toMatchObject({ ok: true });
    expect(await subscriptionsOf(member.id)).toEqual([
      { planId: "premium_career", status: "active" },
    ]);
    expect(await ledgerBalance(testDb(), member.id)).toBe(5);
  });

  it("refuses, and changes nothing, when the price or its currency is not the plan's now", async () => {
    const member = await createMember(testDb());
    for (const confirmed of [
      { priceCents: 1999, currency: "usd" },
      { priceCents: 2999, currency: "eur" },
    ]) {
      expect(
        await subscribe(testDb(), { memberId: member.id, planId: "premium_career", confirmed }),
      ).toEqual({ ok: false, reason: "price_changed" });
    }
    expect(await subscriptionsOf(member.id)).toEqual([]);
    expect(
      await testDb()
        .select()
        .from(creditLedgerEntries)
        .where(eq(creditLedgerEntries.memberId, member.id)),
    ).toEqual([]);
  });

  it("keeps the current plan when a switch is refused for its price", async () => {
    const member = await createMember(testDb());
    await subscribe(testDb(), { memberId: member.id, planId: "premium_career" });
    expect(
      await subscribe(testDb(), {
        memberId: member.id,
        planId: "premium_business",
        confirmed: { priceCents: 1, currency: "usd" },
      }),
    ).toEqual({ ok: false, reason: "price_changed" });
    expect(await subscriptionsOf(member.id)).toEqual([
      { planId: "premium_career", status: "active" },
    ]);
  });

  it("still refuses a plan that does not exist", async () => {
    const member = await createMember(testDb());
    expect(
      await subscribe(testDb(), {
        memberId: member.id,
        planId: "no_such_plan",
        confirmed: { priceCents: 2999, currency: "usd" },
      }),
    ).toEqual({ ok: false, reason: "unknown_plan" });
  });
});
