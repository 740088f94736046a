import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { availableCredits } from "@/db/queries/billing";
import { getCommunicationSettings, getMemberByHandle } from "@/db/queries/members";
import { compositionLimits, getInmailPolicy } from "@/db/queries/policy";
import { responseScore } from "@/db/queries/threads";
import { inmails } from "@/db/schema";
import { now } from "@/lib/clock";
import { settleMemberNow } from "@/lib/credits/settle";
import { reachOne } from "./reach";
import { findConversation } from "./send-message";

/**
 * Everything the compose page shows before a credit is at stake: which form (free message or
 * InMail) the reach rule allows, or why neither is possible, with the sender's credits and
 * response score.
 */
export async function loadComposeContext(
  db: Executor,
  { senderId, handle }: { senderId: string; handle: string },
) {
  const recipient = await getMemberByHandle(db, { handle });
  if (!recipient) return null;
  const reach = await reachOne(db, { senderId, recipientId: recipient.id });
  // Blocked either way: the other side does not exist for them.
  if (reach.kind === "refused" && reach.reason === "blocked") return null;
  await settleMemberNow(db, senderId);
  const at = now();
  const [policy, recipientSettings, senderSettings, credits] = await Promise.all([
    getInmailPolicy(db),
    getCommunicationSettings(db, { memberId: recipient.id }),
    getCommunicationSettings(db, { memberId: senderId }),
    availableCredits(db, { memberId: senderId, at }),
  ]);
  const score = await responseScore(db, {
    memberId: senderId,
    at,
    windowDays: policy.responseScoreWindowDays,
  });
  const base = {
    recipient: { ...recipient, interests: recipientSettings?.interestCategories ?? [] },
    limits: compositionLimits(policy),
    policy,
    credits,
    score,
    signature: senderSettings?.signature ?? "",
    idempotencyKey: randomUUID(),
  };
  if (reach.kind === "message") {
    return {
      ...base,
      mode: "message" as const,
      conversationId: await findConversation(db, senderId, recipient.id),
    };
  }
  if (reach.kind === "refused") {
    const [pending] =
      reach.reason === "awaiting_answer"
        ? await db
            .select({ threadId: inmails.threadId })
            .from(inmails)
            .where(
              and(
                eq(inmails.senderId, senderId),
                eq(inmails.recipientId, recipient.id),
                isNull(inmails.answeredAt),
              ),
            )
            .orderBy(desc(inmails.sentAt))
            .limit(1)
        : [];
    return {
      ...base,
      mode: "refused" as const,
      reason: reach.reason,
      pendingThreadId: pending?.threadId ?? null,
    };
  }
  if (!reach.free && credits < 1) {
    return {
      ...base,
      mode: "refused" as const,
      reason: "no_credits" as const,
      pendingThreadId: null,
    };
  }
  // free: the recipient's Open Profile; the page says no credit is used.
  return { ...base, mode: "inmail" as const, free: reach.free };
}

export type ComposeContext = NonNullable<Awaited<ReturnType<typeof loadComposeContext>>>;
