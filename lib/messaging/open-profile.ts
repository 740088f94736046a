import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { communicationSettings, plans, subscriptions } from "@/db/schema";

/**
 * Open Profile is a Premium feature: it applies only while the member has the setting on AND an
 * active Premium subscription. A member who cancels keeps the stored flag (it comes back if they
 * subscribe again) but is no longer open, so nobody can message them free of charge.
 */
export async function hasOpenProfile(
  db: Executor,
  { memberId }: { memberId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ memberId: communicationSettings.memberId })
    .from(communicationSettings)
    .innerJoin(
      subscriptions,
      and(
        eq(subscriptions.memberId, communicationSettings.memberId),
        eq(subscriptions.status, "active"),
      ),
    )
    .innerJoin(plans, and(eq(plans.id, subscriptions.planId), eq(plans.isPremium, true)))
    .where(
      and(
        eq(communicationSettings.memberId, memberId),
        eq(communicationSettings.openProfile, true),
      ),
    )
    .limit(1);
  return Boolean(row);
}
