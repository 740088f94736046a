import type { Executor } from "@/db/client";
import { getActivePlanForMember } from "@/db/queries/billing";
import { communicationSettings } from "@/db/schema";
import { now } from "@/lib/clock";
import { log } from "@/lib/log";

export type OpenProfileResult =
  | { ok: true; openProfile: boolean }
  | { ok: false; reason: "not_premium" };

/**
 * Turns the member's Open Profile on or off. Only a Premium member may turn it on; anyone may turn
 * it off. Sends check Premium again (lib/messaging/open-profile.ts), so a member who cancels later
 * stops being open even though the stored flag stays.
 */
export async function setOpenProfile(
  db: Executor,
  { memberId, openProfile }: { memberId: string; openProfile: boolean },
): Promise<OpenProfileResult> {
  if (openProfile) {
    const plan = await getActivePlanForMember(db, { memberId });
    if (!plan?.plan.isPremium) return { ok: false, reason: "not_premium" };
  }
  const updatedAt = now();
  await db
    .insert(communicationSettings)
    .values({ memberId, openProfile, updatedAt })
    .onConflictDoUpdate({
      target: communicationSettings.memberId,
      set: { openProfile, updatedAt },
    });
  log.info({ memberId, openProfile }, "open profile saved");
  return { ok: true, openProfile };
}
